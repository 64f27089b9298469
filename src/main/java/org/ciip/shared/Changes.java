package org.ciip.shared;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The summary of an update for the audit trail: each changed field with its value before and after. */
public final class Changes {

    private final Map<String, Object> changes = new LinkedHashMap<>();

    public Changes field(String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new HashMap<>();
            change.put("from", before);
            change.put("to", after);
            changes.put(name, change);
        }
        return this;
    }

    public Map<String, Object> asMap() {
        return changes;
    }
}
