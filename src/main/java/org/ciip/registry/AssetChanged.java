package org.ciip.registry;

import java.util.Map;
import java.util.UUID;

/** The operator changed fields of an asset; {@code changes} holds each changed field's before and after. */
public record AssetChanged(UUID assetId, Map<String, ?> changes) implements AssetEvent {

    @Override
    public String auditAction() {
        return "ASSET_CHANGED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return changes;
    }
}
