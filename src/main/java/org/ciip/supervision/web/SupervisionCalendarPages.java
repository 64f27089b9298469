package org.ciip.supervision.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.LegalTime;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.supervision.InspectionPlanning;
import org.ciip.supervision.InspectionStatus;
import org.ciip.supervision.InspectionSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar of planned inspections (Art. 26-28) and drills (Art. 25) by month: a department's and a body's own, CAC's national one, and
 * the operator's view of what is coming.
 */
@Controller
class SupervisionCalendarPages {

    private final InspectionPlanning planning;
    private final org.ciip.supervision.SectorDrills drills;
    private final java.time.Clock clock;

    SupervisionCalendarPages(InspectionPlanning planning, org.ciip.supervision.SectorDrills drills,
            java.time.Clock clock) {
        this.planning = planning;
        this.drills = drills;
        this.clock = clock;
    }

    /** A day of the grid with what happens on it. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<Entry> entries) {
    }

    /** An inspection on a day of the grid. */
    record Entry(String link, String number, String title, String operatorName, String kind, boolean starts) {
    }

    @GetMapping("/supervision-calendar")
    String month(@RequestParam(required = false) String month, Model model) {
        Actor actor = Actors.current();
        LocalDate today = LegalTime.today(clock);
        YearMonth shown;
        try {
            shown = month == null || month.isBlank() ? YearMonth.from(today) : YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("month", "must be a month as YYYY-MM");
        }
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<InspectionSummary> inspections = planning.list(actor, null, null, first, last,
                PageQuery.of(0, PageQuery.MAX_SIZE, null, Map.of(), "starts_on")).items().stream()
                .filter(s -> s.status() != InspectionStatus.MERGED).toList();
        List<org.ciip.supervision.DrillSummary> drillDays = drills.list(actor, null, first, last,
                PageQuery.of(0, PageQuery.MAX_SIZE, null, Map.of(), "held_on")).items();
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                weeks.add(new ArrayList<>());
            }
            LocalDate day = d;
            List<Entry> entries = new ArrayList<>(inspections.stream()
                    .filter(s -> !day.isBefore(s.startsOn()) && !day.isAfter(s.endsOn()))
                    .map(s -> new Entry("/inspections/" + s.id(), s.number(), s.title(), s.operatorName(),
                            "INSPECTION", day.equals(s.startsOn()) || day.getDayOfWeek() == DayOfWeek.MONDAY))
                    .toList());
            drillDays.stream().filter(dr -> dr.heldOn().equals(day)).forEach(dr -> entries.add(new Entry(
                    "/drills/" + dr.id(), dr.number(), dr.title(), dr.departmentName(), "DRILL", true)));
            weeks.getLast().add(new Day(d, YearMonth.from(d).equals(shown), d.equals(today), entries));
        }
        model.addAttribute("weeks", weeks);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("count", inspections.size());
        model.addAttribute("drillCount", drillDays.size());
        return "supervision/calendar";
    }
}
