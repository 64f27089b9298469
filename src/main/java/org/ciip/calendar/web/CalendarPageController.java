package org.ciip.calendar.web;

import java.io.IOException;
import java.time.LocalDate;
import org.ciip.calendar.StatutoryPeriods;
import org.ciip.calendar.data.CalendarService;
import org.ciip.calendar.data.CalendarYearDocument;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Controller
@RequestMapping("/calendar")
class CalendarPageController {

    private final CalendarService calendar;
    private final JsonMapper json;

    CalendarPageController(CalendarService calendar, JsonMapper json) {
        this.calendar = calendar;
        this.json = json;
    }

    @GetMapping
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @RequestParam(required = false) Integer months, Model model) {
        model.addAttribute("years", calendar.years());
        model.addAttribute("isAdmin", Actors.current().is(OrganizationKind.PLATFORM_ADMIN));
        model.addAttribute("basis", StatutoryPeriods.BASIS);
        model.addAttribute("start", start);
        model.addAttribute("months", months == null ? 3 : months);
        if (start != null && months != null) {
            if (months < 1 || months > CalendarService.MAX_MONTHS) {
                model.addAttribute("monthsError", true);
            } else {
                model.addAttribute("result", calendar.monthsFrom(start, months));
            }
        }
        return "calendar/index";
    }

    @PostMapping("/years")
    String upload(@RequestParam int year, @RequestParam("file") MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            CalendarYearDocument document = json.readValue(file.getBytes(), CalendarYearDocument.class);
            calendar.load(year, document);
            redirect.addFlashAttribute("loadedYear", year);
            return "redirect:/calendar";
        } catch (JacksonException e) {
            model.addAttribute("uploadProblems", java.util.List.of(new org.ciip.shared.api.FieldProblem("file",
                    "is not a calendar JSON document like reference/cn-statutory-calendar-2026.json")));
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            model.addAttribute("uploadProblems", e.fieldProblems());
        }
        return page(null, null, model);
    }
}
