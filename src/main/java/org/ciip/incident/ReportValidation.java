package org.ciip.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.shared.api.Validation;

/**
 * What a report, a supplement and a final report must carry (Measures Art. 5, 7, 8): every problem is named with its
 * field, and all of them at once, before anything is written.
 */
final class ReportValidation {

    /** GB/T 20986-2023 top-level categories. */
    static final List<String> CATEGORIES = List.of("MP", "NA", "DS", "IC", "DE", "RO", "SHE", "AB", "FOC", "OTH");
    /** How far a discovery may lie ahead of the server's clock: a reporter's clock may run a little fast. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final int TEXT = 4000;

    private ReportValidation() {
    }

    static void report(IncidentRequests.Report r, Instant now) {
        Validation v = new Validation();
        if (r.assetIds() == null || r.assetIds().stream().allMatch(Objects::isNull)) {
            v.add("assetIds", "validation.incidentAssets", "name at least one affected asset");
        }
        if (r.discoveredAt() == null) {
            v.add("discoveredAt", "validation.required", "is required");
        } else if (r.discoveredAt().isAfter(now.plus(CLOCK_SKEW))) {
            v.add("discoveredAt", "validation.notInFuture", "cannot be in the future");
        }
        if (Validation.isBlank(r.category())) {
            v.add("category", "validation.required", "is required");
        } else if (!CATEGORIES.contains(r.category())) {
            v.add("category", "validation.incidentCategory",
                    "must be a GB/T 20986-2023 category: " + String.join(", ", CATEGORIES));
        }
        if (r.subcategory() != null && !r.subcategory().isBlank()
                && !(r.category() != null && r.subcategory().matches(r.category() + "-?\\d{1,3}"))) {
            v.add("subcategory", "validation.incidentSubcategory",
                    "must be a subcategory code of the category, such as " + r.category() + "1");
        }
        v.requireText(r.summary(), "summary", 500);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("place", r.place());
        texts.put("harm", r.harm());
        texts.put("measuresTaken", r.measuresTaken());
        texts.put("trend", r.trend());
        texts.put("cause", r.cause());
        texts.put("leads", r.leads());
        texts.put("plannedMeasures", r.plannedMeasures());
        texts.put("scenePreservation", r.scenePreservation());
        texts.put("other", r.other());
        texts.forEach((field, text) -> v.optionalText(text, field, TEXT));
        (r.impact() == null ? ImpactFigures.NONE : r.impact()).validate(v, "impact.");
        if (r.ransom() != null) {
            if (r.ransom().amount() != null && r.ransom().amount().signum() < 0) {
                v.add("ransom.amount", "validation.nonNegative", "must not be negative");
            }
            v.optionalText(r.ransom().method(), "ransom.method", 500);
            v.optionalText(r.ransom().currency(), "ransom.currency", 20);
        }
        v.optionalText(r.gradeReason(), "gradeReason", 2000);
        v.throwIfInvalid();
    }

    static void supplement(IncidentRequests.Supplement s) {
        Validation v = new Validation();
        v.requireText(s.development(), "development", TEXT);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("trend", s.trend());
        texts.put("cause", s.cause());
        texts.put("leads", s.leads());
        texts.put("plannedMeasures", s.plannedMeasures());
        texts.put("scenePreservation", s.scenePreservation());
        texts.put("other", s.other());
        texts.forEach((field, text) -> v.optionalText(text, field, TEXT));
        if (s.impact() != null) {
            s.impact().validate(v, "impact.");
        }
        v.throwIfInvalid();
    }

    static void finalReport(IncidentRequests.FinalReport f) {
        Validation v = new Validation();
        v.requireText(f.cause(), "cause", TEXT);
        v.requireText(f.response(), "response", TEXT);
        v.requireText(f.harm(), "harm", TEXT);
        v.optionalText(f.accountability(), "accountability", TEXT);
        v.optionalText(f.rectification(), "rectification", TEXT);
        v.optionalText(f.lessons(), "lessons", TEXT);
        v.throwIfInvalid();
    }

    /** A preview takes partial input: only the figures it has are checked. */
    static void preview(ImpactFigures impact) {
        Validation v = new Validation();
        if (impact != null) {
            impact.validate(v, "impact.");
        }
        v.throwIfInvalid();
    }
}
