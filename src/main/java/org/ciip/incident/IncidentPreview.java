package org.ciip.incident;

import java.time.Instant;
import java.util.List;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;

/** What filing would do, without filing: the grade, its reasons, and each clock that would start. */
public record IncidentPreview(Grade grade, List<GradingGuide.Reason> reasons, String operatorClass,
        List<PlannedClock> clocks) {

    /** A clock of the rule set: its obligation, to whom, when it runs out (when it starts at discovery). */
    public record PlannedClock(String kind, String recipient, Instant dueAt, String startsWhen, String article) {
    }
}
