package org.ciip.sharing.stix;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A STIX object read from JSON: its record, and the custom properties that travelled with it, in their order. */
public record StixDocument(StixObject object, Map<String, JsonNode> customProperties) {

    public StixDocument {
        customProperties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customProperties));
    }

    public StixDocument(StixObject object) {
        this(object, Map.of());
    }

    /** The object as JSON again: its properties and its custom properties. */
    public ObjectNode json() {
        return StixCodec.write(this);
    }
}
