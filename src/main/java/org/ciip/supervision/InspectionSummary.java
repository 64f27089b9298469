package org.ciip.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** An inspection in a list or a calendar: number, operator, lead body, dates, status, open findings. */
public record InspectionSummary(UUID id, String number, String title, String operatorName, String leadName,
        boolean joint, String kind, LocalDate startsOn, LocalDate endsOn, InspectionStatus status, long openFindings) {
}
