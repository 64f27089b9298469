package org.ciip.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ciip.shared.Actors;
import org.ciip.supervision.SectorSituation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The sector situation (Art. 24) as a page and through the API. */
@Controller
class SituationPages {

    private final SectorSituation situation;
    private final MessageSource messages;

    SituationPages(SectorSituation situation, MessageSource messages) {
        this.situation = situation;
        this.messages = messages;
    }

    @GetMapping("/situation")
    String page(Model model, Locale locale) {
        SectorSituation.Situation s = situation.of(Actors.current());
        model.addAttribute("situation", s);
        model.addAttribute("gradeLabels", s.incidentsByGrade().keySet().stream()
                .map(g -> messages.getMessage("grade." + g, null, g, locale)).collect(Collectors.joining("|")));
        model.addAttribute("gradeValues", s.incidentsByGrade().values().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        return "supervision/situation";
    }

    /** The colours of the grades in a trend, gravest first (as {@link SectorSituation#GRADES}). */
    private static final List<String> GRADE_COLOURS = List.of("#58151c", "#b02a37", "#fd7e14", "#adb5bd");

    /**
     * The incidents of the last 12 months by month and grade, as a fragment for home (a protection department, CAC,
     * MPS): a stacked bar chart, and a table whose monthly totals open the incident list of that month.
     */
    @GetMapping("/situation/trend")
    String trend(Model model, Locale locale) {
        SectorSituation.Trend trend = situation.trend(Actors.current());
        model.addAttribute("trend", trend);
        model.addAttribute("monthLabels", trend.months().stream().map(java.time.YearMonth::toString)
                .collect(Collectors.joining("|")));
        model.addAttribute("seriesLabels", SectorSituation.GRADES.stream()
                .map(g -> messages.getMessage("grade." + g, null, g, locale)).collect(Collectors.joining("|")));
        model.addAttribute("seriesValues", SectorSituation.GRADES.stream().map(g -> trend.byGrade().get(g).stream()
                .map(String::valueOf).collect(Collectors.joining(","))).collect(Collectors.joining(";")));
        model.addAttribute("seriesColours", String.join("|", GRADE_COLOURS));
        return "supervision/trend";
    }

    @GetMapping("/api/v1/situation")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "The security situation of your sectors (a protection department) "
            + "or the nation (CAC, MPS): active warnings, incidents of 12 months by grade, operators with overdue items, "
            + "by province (Art. 24)")
    SectorSituation.Situation api() {
        return situation.of(Actors.current());
    }
}
