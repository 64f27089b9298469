package org.ciip.incident;

import java.time.Duration;
import org.ciip.incident.grading.Grade;

/** One rule of a reporting rule set (table reporting_rule): who must report or forward what to whom, by when. */
record ReportingRule(int position, String operatorClass, Grade minGrade, String obligationKind, String obliged,
        String recipient, int dueAmount, String dueUnit, String clockStart, String article) {

    boolean appliesTo(String incidentOperatorClass, Grade grade) {
        return (operatorClass.equals("ANY") || operatorClass.equals(incidentOperatorClass)) && grade.atLeast(minGrade);
    }

    /** The exact duration for hour and minute clocks; day and month periods are counted on the legal calendar. */
    Duration exactDuration() {
        return switch (dueUnit) {
            case "MINUTES" -> Duration.ofMinutes(dueAmount);
            case "HOURS" -> Duration.ofHours(dueAmount);
            default -> null;
        };
    }
}
