package org.ciip.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.ciip.calendar.PeriodEnd;
import org.ciip.calendar.data.CalendarService;
import org.ciip.calendar.data.CalendarYearDocument;
import org.ciip.shared.api.Validation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Legal calendar", description = "Statutory periods (PRC Civil Code Art. 201-203) and holiday calendars")
class CalendarApiController {

    private final CalendarService calendar;

    CalendarApiController(CalendarService calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/period-end")
    @Operation(summary = "The last day of a period of N months from a start date, moved past rest days")
    PeriodEnd periodEnd(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam int months) {
        new Validation().require(months >= 1 && months <= CalendarService.MAX_MONTHS, "months", "validation.range",
                "must be between 1 and " + CalendarService.MAX_MONTHS, 1, CalendarService.MAX_MONTHS)
                .throwIfInvalid();
        return calendar.monthsFrom(start, months);
    }

    @GetMapping("/years")
    @Operation(summary = "The years with an official holiday arrangement loaded, with their sources")
    List<CalendarService.YearSummary> years() {
        return calendar.years();
    }

    @PutMapping("/years/{year}")
    @Operation(summary = "Load or replace a year's holiday arrangement (platform administrator)")
    CalendarService.YearSummary load(@PathVariable int year, @RequestBody CalendarYearDocument document) {
        return calendar.load(year, document);
    }
}
