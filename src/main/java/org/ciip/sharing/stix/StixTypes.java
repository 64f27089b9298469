package org.ciip.sharing.stix;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The data types STIX objects share (STIX 2.1 part 2): external references, kill chain phases, granular markings. */
public final class StixTypes {

    private StixTypes() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ExternalReference(String sourceName, String description, String url, Map<String, String> hashes,
            String externalId) {

        void check(Check c, String at) {
            c.required(at + ".source_name", sourceName).dictionary(at + ".hashes", hashes);
            if ("cve".equals(sourceName) || "capec".equals(sourceName)) {
                c.required(at + ".external_id", externalId);
            }
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record KillChainPhase(String killChainName, String phaseName) {

        void check(Check c, String at) {
            c.required(at + ".kill_chain_name", killChainName).required(at + ".phase_name", phaseName);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GranularMarking(String lang, String markingRef, List<String> selectors) {

        void check(Check c, String at) {
            c.requiredList(at + ".selectors", selectors).ref(at + ".marking_ref", markingRef, "marking-definition");
            if ((lang == null) == (markingRef == null)) {
                c.fail(at, "exactly one of lang and marking_ref is required");
            }
        }
    }

    static void references(Check c, List<ExternalReference> references) {
        c.list("external_references", references);
        if (references != null) {
            for (int i = 0; i < references.size(); i++) {
                references.get(i).check(c, "external_references[" + i + "]");
            }
        }
    }

    static void granular(Check c, List<GranularMarking> markings) {
        c.list("granular_markings", markings);
        if (markings != null) {
            for (int i = 0; i < markings.size(); i++) {
                markings.get(i).check(c, "granular_markings[" + i + "]");
            }
        }
    }
}
