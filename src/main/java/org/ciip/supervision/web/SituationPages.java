package org.ciip.supervision.web;

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

    @GetMapping("/api/v1/situation")
    @ResponseBody
    @io.swagger.v3.oas.annotations.Operation(summary = "The security situation of your sectors (a protection department) "
            + "or the nation (CAC, MPS): active warnings, incidents of 12 months by grade, operators with overdue items, "
            + "by province (Art. 24)")
    SectorSituation.Situation api() {
        return situation.of(Actors.current());
    }
}
