package org.ciip.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A drill in a list or the calendar: number, title, department, day, status and how many operators take part. */
public record DrillSummary(UUID id, String number, String title, String departmentName, LocalDate heldOn,
        String status, long participants) {
}
