package org.ciip.obligations.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.metaeffekt.core.security.cvss.v4P0.Cvss4P0;

/**
 * CVSS v4.0 vectors (FIRST, CVSS v4.0 Specification, section 7: vector string): the eleven base metrics in their
 * order, then any supplemental, environmental or threat metrics, each once, with a value the specification allows.
 * CIIP checks the syntax itself, strictly, and takes the score from {metaeffekt}'s implementation of the
 * specification's section 8 (FIRST's expert-ranked MacroVector scores, interpolated by the vector's severity
 * distance within its MacroVector).
 */
final class Cvss40 {

    static final String PREFIX = "CVSS:4.0/";

    private static final Map<String, Set<String>> BASE = new LinkedHashMap<>();
    private static final Map<String, Set<String>> OPTIONAL = new LinkedHashMap<>();
    private static final List<String> SECURITY_REQUIREMENTS = List.of("CR", "IR", "AR");

    static {
        BASE.put("AV", Set.of("N", "A", "L", "P"));
        BASE.put("AC", Set.of("L", "H"));
        BASE.put("AT", Set.of("N", "P"));
        BASE.put("PR", Set.of("N", "L", "H"));
        BASE.put("UI", Set.of("N", "P", "A"));
        for (String impact : List.of("VC", "VI", "VA", "SC", "SI", "SA")) {
            BASE.put(impact, Set.of("H", "L", "N"));
        }
        OPTIONAL.put("E", Set.of("X", "A", "P", "U"));
        for (String requirement : SECURITY_REQUIREMENTS) {
            OPTIONAL.put(requirement, Set.of("X", "H", "M", "L"));
        }
        OPTIONAL.put("MAV", Set.of("X", "N", "A", "L", "P"));
        OPTIONAL.put("MAC", Set.of("X", "L", "H"));
        OPTIONAL.put("MAT", Set.of("X", "N", "P"));
        OPTIONAL.put("MPR", Set.of("X", "N", "L", "H"));
        OPTIONAL.put("MUI", Set.of("X", "N", "P", "A"));
        for (String impact : List.of("MVC", "MVI", "MVA", "MSC")) {
            OPTIONAL.put(impact, Set.of("X", "H", "L", "N"));
        }
        OPTIONAL.put("MSI", Set.of("X", "S", "H", "L", "N"));
        OPTIONAL.put("MSA", Set.of("X", "S", "H", "L", "N"));
        OPTIONAL.put("S", Set.of("X", "N", "P"));
        OPTIONAL.put("AU", Set.of("X", "N", "Y"));
        OPTIONAL.put("R", Set.of("X", "A", "U", "I"));
        OPTIONAL.put("V", Set.of("X", "D", "C"));
        OPTIONAL.put("RE", Set.of("X", "L", "M", "H"));
        OPTIONAL.put("U", Set.of("X", "Clear", "Green", "Amber", "Red"));
    }

    private Cvss40() {
    }

    /**
     * The score of a valid vector, from every metric it gives (a v4.0 vector has one score, not a base score beside
     * others: threat and environmental metrics, where present, are part of it); empty for an invalid vector.
     */
    static Optional<BigDecimal> score(String vector) {
        if (!isValid(vector)) {
            return Optional.empty();
        }
        double score = new Cvss4P0(vector).getOverallScore();
        return Optional.of(BigDecimal.valueOf(score).setScale(1, RoundingMode.HALF_UP));
    }

    /**
     * What the score is of, as the specification's section 1.3 names it: {@code CVSS-B} (base metrics only),
     * {@code CVSS-BT} (with threat), {@code CVSS-BE} (with environmental) or {@code CVSS-BTE}. A metric given as
     * {@code X} (not defined) does not count; supplemental metrics never change the score.
     */
    static String nomenclature(String vector) {
        boolean threat = false;
        boolean environmental = false;
        for (String part : vector.substring(PREFIX.length()).split("/")) {
            String[] kv = part.split(":", -1);
            if (kv.length != 2 || BASE.containsKey(kv[0]) || kv[1].equals("X")) {
                continue;
            }
            if (kv[0].equals("E")) {
                threat = true;
            } else if (kv[0].startsWith("M") || SECURITY_REQUIREMENTS.contains(kv[0])) {
                environmental = true;
            }
        }
        return "CVSS-B" + (threat ? "T" : "") + (environmental ? "E" : "");
    }

    static boolean isVector(String vector) {
        return vector != null && vector.startsWith(PREFIX);
    }

    /** Whether {@code vector} is a well-formed CVSS v4.0 vector with every base metric. */
    static boolean isValid(String vector) {
        if (!isVector(vector)) {
            return false;
        }
        String[] parts = vector.substring(PREFIX.length()).split("/", -1);
        if (parts.length < BASE.size()) {
            return false;
        }
        int i = 0;
        for (Map.Entry<String, Set<String>> metric : BASE.entrySet()) {
            String[] kv = parts[i++].split(":", -1);
            if (kv.length != 2 || !kv[0].equals(metric.getKey()) || !metric.getValue().contains(kv[1])) {
                return false;
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (; i < parts.length; i++) {
            String[] kv = parts[i].split(":", -1);
            Set<String> allowed = kv.length == 2 ? OPTIONAL.get(kv[0]) : null;
            if (allowed == null || !allowed.contains(kv[1]) || !seen.add(kv[0])) {
                return false;
            }
        }
        return true;
    }
}
