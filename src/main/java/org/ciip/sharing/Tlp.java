package org.ciip.sharing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Traffic Light Protocol 2.0 (FIRST), as the marking-definition objects OASIS publishes for it, and who may read
 * an object so marked in a CIIP collection. The TLP 1.0 markings STIX 2.1 predefines are read as their 2.0 equals
 * (WHITE as CLEAR).
 */
public enum Tlp {
    /** Anyone with access to the collection. */
    CLEAR("clear", "94868c89-83c2-464b-929b-a1a8aa3c8487", "613f2e26-407d-48c7-9eca-b8e91df99dc9"),
    /** The community of the collection: its members and partners. */
    GREEN("green", "bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "34098fce-860f-48ae-8e50-ebd3cc5e41da"),
    /** The member organizations of the collection. */
    AMBER("amber", "55d920b0-5e8b-4f79-9ee9-91f868d9b421", "f88d31f6-486f-44da-b317-01333bde0b82"),
    /** Only inside the recipient organizations named on the object (and the one that shared it). */
    AMBER_STRICT("amber+strict", "939a9414-2ddd-4d32-a0cd-375ea402b003", null),
    /** Only the people named on the object (and the one who shared it). */
    RED("red", "e828b379-4e03-4974-9ac4-e53a884c97c1", "5e57c739-391a-4eb3-b6be-7d15ca92d5ed");

    /** The OASIS extension definition that carries TLP 2.0 levels in marking definitions. */
    public static final String EXTENSION = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** The {@code created} timestamp of the OASIS TLP 2.0 marking definitions. */
    public static final String CREATED = "2022-10-01T00:00:00.000Z";

    private final String level;
    private final String markingId;
    private final String tlp1MarkingId;

    Tlp(String level, String uuid, String tlp1Uuid) {
        this.level = level;
        this.markingId = "marking-definition--" + uuid;
        this.tlp1MarkingId = tlp1Uuid == null ? null : "marking-definition--" + tlp1Uuid;
    }

    /** The level as TLP 2.0 writes it in the extension: {@code amber+strict}. */
    public String level() {
        return level;
    }

    /** The label people read: {@code TLP:AMBER+STRICT}. */
    public String label() {
        return "TLP:" + level.toUpperCase(java.util.Locale.ROOT);
    }

    public String markingId() {
        return markingId;
    }

    /** Whether recipients must be named on an object so marked. */
    public boolean namesRecipients() {
        return this == AMBER_STRICT || this == RED;
    }

    /** The TLP marking among an object's marking references: none, or a refusal when it names two. */
    public static Optional<Tlp> among(List<String> markingRefs) {
        if (markingRefs == null) {
            return Optional.empty();
        }
        List<Tlp> found = markingRefs.stream().flatMap(ref -> Arrays.stream(values())
                .filter(t -> ref.equals(t.markingId) || ref.equals(t.tlp1MarkingId))).distinct().toList();
        if (found.size() > 1) {
            throw new IllegalArgumentException("names more than one TLP marking");
        }
        return found.stream().findFirst();
    }

    /** Whether a marking definition id is one of the TLP markings (2.0 or 1.0). */
    public static boolean isTlpMarking(String id) {
        return Arrays.stream(values()).anyMatch(t -> id.equals(t.markingId) || id.equals(t.tlp1MarkingId));
    }

    public static Tlp parse(String value) {
        for (Tlp tlp : values()) {
            if (tlp.name().equalsIgnoreCase(value) || tlp.level.equalsIgnoreCase(value)
                    || tlp.label().equalsIgnoreCase(value)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException(value);
    }

    /** The OASIS marking-definition object of this level, as a bundle carries it. */
    public Map<String, Object> markingDefinition() {
        return Map.of("type", "marking-definition", "spec_version", "2.1", "id", markingId, "created", CREATED,
                "name", label(), "extensions",
                Map.of(EXTENSION, Map.of("extension_type", "property-extension", "tlp_2_0", level)));
    }
}
