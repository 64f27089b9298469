package org.ciip.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A sector security plan in a list: its latest version (for its department) or the version in force. */
public record SectorPlanSummary(UUID id, String title, String departmentName, LocalDate periodFrom,
        LocalDate periodTo, int version, PlanVersion status, long tasks) {
}
