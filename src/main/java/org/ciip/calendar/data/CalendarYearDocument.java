package org.ciip.calendar.data;

import java.util.List;

/** A year's holiday arrangement, in the format of reference/cn-statutory-calendar-2026.json: the upload format. */
public record CalendarYearDocument(Integer year, String source, String note, List<Holiday> holidays,
        List<String> adjustedWorkingDays) {

    public record Holiday(String name, String from, String to) {
    }
}
