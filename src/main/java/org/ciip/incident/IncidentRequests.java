package org.ciip.incident;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.ImpactFigures;

/** The bodies of the incident endpoints, with the eight content items of the Measures (Art. 5). */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    /**
     * {@code POST /api/v1/incidents}. Items (1)-(2) are enough to file: the affected assets, the instant of discovery,
     * the category and a summary of the incident and its harm. {@code grade} may raise the computed grade, or lower it
     * with a reason (flagged to the recipients).
     */
    public record Report(List<UUID> assetIds, Instant discoveredAt, String place, String category,
            String subcategory, String summary, String harm, String measuresTaken, ImpactFigures impact, Ransom ransom,
            String trend, String cause, String leads, String plannedMeasures, String scenePreservation, String other,
            Grade grade, String gradeReason) {

        /** The same report, discovered at {@code instant} (kept to the microsecond, as it is stored). */
        public Report withDiscoveredAt(Instant instant) {
            return new Report(assetIds, instant, place, category, subcategory, summary, harm, measuresTaken, impact,
                    ransom, trend, cause, leads, plannedMeasures, scenePreservation, other, grade, gradeReason);
        }
    }

    /** For ransomware: the ransom demanded (Measures, item (2)). */
    public record Ransom(BigDecimal amount, String currency, String method, LocalDate demandedOn) {
    }

    /** New developments or investigation progress (Measures, Art. 7), items (3)-(8). */
    public record Supplement(String development, String trend, String cause, String leads, String plannedMeasures,
            String scenePreservation, String other, ImpactFigures impact) {
    }

    /** The summary report after the handling ended (Measures, Art. 8). */
    public record FinalReport(String cause, String response, String harm, String accountability,
            String rectification, String lessons) {
    }
}
