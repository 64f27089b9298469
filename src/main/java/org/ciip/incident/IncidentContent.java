package org.ciip.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ciip.incident.grading.GradingGuide;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.shared.Hashing;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a submission keeps: each version of a report is its content as canonical JSON (keys in alphabetical order at
 * every level, no white space) with that JSON's SHA-256 as its receipt; the fields each version changed; the impact
 * figures the versions gave, later over earlier.
 */
final class IncidentContent {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // a record's properties are all creator properties, which would otherwise keep their declared order
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST).build();

    private IncidentContent() {
    }

    /** The canonical JSON of a submission's content, whose SHA-256 is its receipt. */
    static String canonicalJson(Object content) {
        return CANONICAL.writeValueAsString(content);
    }

    /**
     * Version {@code seq} as it is written: the canonical JSON of its content, that JSON's SHA-256, and its hash with
     * the deployment's algorithm.
     */
    static IncidentView.Version version(int seq, String kind, Object content, String submittedBy, Instant at,
            org.ciip.shared.HashAlgorithm algorithm) {
        String json = canonicalJson(content);
        String sha256 = Hashing.sha256Hex(json);
        return new IncidentView.Version(seq, kind, at, submittedBy, sha256, algorithm.label(),
                algorithm == org.ciip.shared.HashAlgorithm.SHA_256 ? sha256 : algorithm.hex(json), json, List.of());
    }

    static String reasonsJson(List<GradingGuide.Reason> reasons) {
        return CANONICAL.writeValueAsString(reasons);
    }

    static List<GradingGuide.Reason> reasons(String json) {
        return CANONICAL.readValue(json, new TypeReference<List<GradingGuide.Reason>>() { });
    }

    /** Each version with the fields it added or changed, compared with the fields known from earlier versions. */
    static List<IncidentView.Version> withChanges(List<IncidentView.Version> versions) {
        List<IncidentView.Version> result = new ArrayList<>();
        Map<String, Object> known = new TreeMap<>();
        for (IncidentView.Version v : versions) {
            Map<?, ?> content = CANONICAL.readValue(v.content(), Map.class);
            List<IncidentView.Change> changes = new ArrayList<>();
            for (Map.Entry<?, ?> e : content.entrySet()) {
                Object value = e.getValue();
                if (value == null || "".equals(value)) {
                    continue;
                }
                Object before = known.put(String.valueOf(e.getKey()), value);
                if (v.seq() > 1 && !value.equals(before)) {
                    changes.add(new IncidentView.Change(String.valueOf(e.getKey()), before, value));
                }
            }
            result.add(new IncidentView.Version(v.seq(), v.kind(), v.submittedAt(), v.submittedBy(), v.sha256(),
                    v.hashAlgorithm(), v.hash(), v.content(), changes));
        }
        return result;
    }

    /** The impact figures as the versions gave them, each later figure replacing an earlier one. */
    static ImpactFigures knownImpact(List<IncidentView.Version> versions) {
        ImpactFigures known = ImpactFigures.NONE;
        for (IncidentView.Version version : versions) {
            known = impactOf(version.content()).over(known);
        }
        return known;
    }

    /** The impact figures one version gave; none when it gave none. */
    static ImpactFigures impactOf(String content) {
        JsonNode impact = CANONICAL.readTree(content).get("impact");
        return impact != null && impact.isObject() ? CANONICAL.treeToValue(impact, ImpactFigures.class)
                : ImpactFigures.NONE;
    }
}
