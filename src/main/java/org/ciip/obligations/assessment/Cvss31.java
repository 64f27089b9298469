package org.ciip.obligations.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CVSS v3.1 base score of a vector such as {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}, computed as the
 * FIRST specification (section 7.1 and Appendix A, "Roundup") defines it.
 */
final class Cvss31 {

    private static final List<String> BASE_METRICS = List.of("AV", "AC", "PR", "UI", "S", "C", "I", "A");
    private static final Map<String, Map<String, Double>> WEIGHTS = Map.of(
            "AV", Map.of("N", 0.85, "A", 0.62, "L", 0.55, "P", 0.2),
            "AC", Map.of("L", 0.77, "H", 0.44),
            "UI", Map.of("N", 0.85, "R", 0.62),
            "C", Map.of("H", 0.56, "L", 0.22, "N", 0.0),
            "I", Map.of("H", 0.56, "L", 0.22, "N", 0.0),
            "A", Map.of("H", 0.56, "L", 0.22, "N", 0.0));

    private Cvss31() {
    }

    /** The base score, or empty when the vector is not a complete CVSS v3.1 base vector. */
    static Optional<BigDecimal> baseScore(String vector) {
        if (vector == null || !vector.startsWith("CVSS:3.1/")) {
            return Optional.empty();
        }
        Map<String, String> metrics = new HashMap<>();
        for (String part : vector.substring("CVSS:3.1/".length()).split("/")) {
            String[] kv = part.split(":", -1);
            if (kv.length != 2 || metrics.putIfAbsent(kv[0], kv[1]) != null) {
                return Optional.empty();
            }
        }
        if (!metrics.keySet().containsAll(BASE_METRICS)) {
            return Optional.empty();
        }
        String scope = metrics.get("S");
        if (!scope.equals("U") && !scope.equals("C")) {
            return Optional.empty();
        }
        boolean changed = scope.equals("C");
        Double pr = switch (metrics.get("PR")) {
            case "N" -> 0.85;
            case "L" -> changed ? 0.68 : 0.62;
            case "H" -> changed ? 0.5 : 0.27;
            default -> null;
        };
        Double av = weight("AV", metrics);
        Double ac = weight("AC", metrics);
        Double ui = weight("UI", metrics);
        Double c = weight("C", metrics);
        Double i = weight("I", metrics);
        Double a = weight("A", metrics);
        if (pr == null || av == null || ac == null || ui == null || c == null || i == null || a == null) {
            return Optional.empty();
        }
        double iss = 1 - (1 - c) * (1 - i) * (1 - a);
        double impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
        double exploitability = 8.22 * av * ac * pr * ui;
        double score;
        if (impact <= 0) {
            score = 0;
        } else if (changed) {
            score = roundUp(Math.min(1.08 * (impact + exploitability), 10));
        } else {
            score = roundUp(Math.min(impact + exploitability, 10));
        }
        return Optional.of(BigDecimal.valueOf(score).setScale(1, java.math.RoundingMode.UNNECESSARY));
    }

    private static Double weight(String metric, Map<String, String> metrics) {
        return WEIGHTS.get(metric).get(metrics.get(metric));
    }

    /** The specification's Roundup: the smallest number with one decimal that is equal to or above the input. */
    static double roundUp(double input) {
        long intInput = Math.round(input * 100000);
        if (intInput % 10000 == 0) {
            return intInput / 100000.0;
        }
        return (Math.floor(intInput / 10000.0) + 1) / 10.0;
    }
}
