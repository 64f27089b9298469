package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The common properties of domain and relationship objects (STIX 2.1 part 3.2). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Common(String type, String specVersion, String id, String createdByRef, String created,
        String modified, Boolean revoked, List<String> labels, Integer confidence, String lang,
        List<StixTypes.ExternalReference> externalReferences, List<String> objectMarkingRefs,
        List<StixTypes.GranularMarking> granularMarkings, Map<String, Object> extensions)
        implements CommonProperties {

    @Override
    public void check(Check c, String expectedType) {
        c.required("spec_version", specVersion).oneOf("spec_version", specVersion, List.of("2.1"));
        identity(c, expectedType, id);
        c.required("created", created).millisecondTimestamp("created", created);
        c.required("modified", modified).millisecondTimestamp("modified", modified);
        c.notBefore("modified", modified, "created", created);
        c.ref("created_by_ref", createdByRef, "identity");
        c.list("labels", labels).range("confidence", confidence, 0, 100);
        c.refs("object_marking_refs", objectMarkingRefs, "marking-definition");
        c.dictionary("extensions", extensions);
        StixTypes.references(c, externalReferences);
        StixTypes.granular(c, granularMarkings);
    }

    /** The id is of this object's own type (part 2.9). */
    static void identity(Check c, String expectedType, String id) {
        c.required("id", id);
        if (id != null) {
            var matcher = Check.IDENTIFIER.matcher(id);
            if (!matcher.matches()) {
                c.fail("id", "must be " + expectedType + "--UUID (RFC 4122)");
            } else if (!matcher.group(1).equals(expectedType)) {
                c.fail("id", "must start with " + expectedType + "--, the object's type");
            }
        }
    }
}
