package org.ciip.identification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A re-certification is due in {@code daysBefore} days (a reminder of Art. 11's three months, sent once per report and
 * day count); {@code departments} are told. Not a change of the report, so not audited.
 */
public record RecertificationReminderDue(UUID changeReportId, String assetName, String operatorName,
        LocalDate dueDate, int daysBefore, long daysLeft, List<UUID> departments) {
}
