package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The common properties of cyber-observable objects (STIX 2.1 part 3.3 and 6). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservableCommon(String type, String specVersion, String id, List<String> objectMarkingRefs,
        List<StixTypes.GranularMarking> granularMarkings, Boolean defanged, Map<String, Object> extensions)
        implements CommonProperties {

    @Override
    public void check(Check c, String expectedType) {
        c.oneOf("spec_version", specVersion, List.of("2.1"));
        Common.identity(c, expectedType, id);
        c.refs("object_marking_refs", objectMarkingRefs, "marking-definition");
        c.dictionary("extensions", extensions);
        StixTypes.granular(c, granularMarkings);
    }
}
