package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * A marking definition (STIX 2.1 part 7.2): a statement or TLP marking of STIX 2.1 ({@code definition_type} and
 * {@code definition}), or a TLP 2.0 marking carried as the OASIS TLP 2.0 extension. Marking definitions are never
 * versioned: {@code created} is their only version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MarkingDefinition(String type, String specVersion, String id, String createdByRef, String created,
        List<StixTypes.ExternalReference> externalReferences, List<String> objectMarkingRefs,
        List<StixTypes.GranularMarking> granularMarkings, String name, String definitionType,
        Map<String, Object> definition, Map<String, Object> extensions) implements StixObject {

    @Override
    public String version() {
        return created;
    }

    @Override
    public void check(Check c) {
        c.required("spec_version", specVersion).oneOf("spec_version", specVersion, List.of("2.1"));
        Common.identity(c, "marking-definition", id);
        c.required("created", created).millisecondTimestamp("created", created)
                .ref("created_by_ref", createdByRef, "identity")
                .refs("object_marking_refs", objectMarkingRefs, "marking-definition").dictionary("extensions",
                        extensions);
        StixTypes.references(c, externalReferences);
        StixTypes.granular(c, granularMarkings);
        if (extensions == null) {
            c.required("definition_type", definitionType).required("definition", definition);
        }
        if ((definitionType == null) != (definition == null)) {
            c.fail("definition", "definition_type and definition go together");
        }
        if ("statement".equals(definitionType) && definition != null && !(definition.get("statement") instanceof String)) {
            c.fail("definition.statement", "is required for a statement marking");
        }
        if ("tlp".equals(definitionType) && definition != null
                && !List.of("white", "green", "amber", "red").contains(definition.get("tlp"))) {
            c.fail("definition.tlp", "must be white, green, amber or red");
        }
    }
}
