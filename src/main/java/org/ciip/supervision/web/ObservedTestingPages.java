package org.ciip.supervision.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.Validation;
import org.ciip.shared.web.FormErrors;
import org.ciip.shared.web.FormValues;
import org.ciip.supervision.ObservedTestingView;
import org.ciip.supervision.UnauthorizedTesting;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of unauthorized testing (Art. 31, 43): the operator's report, and public security's sanction. */
@Controller
class ObservedTestingPages {

    private final UnauthorizedTesting reports;
    private final MessageSource messages;

    ObservedTestingPages(UnauthorizedTesting reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/unauthorized-testing")
    String list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = Actors.current();
        model.addAttribute("reports", reports.list(actor, PageQuery.of(page, size == null ? 25 : size, null, Map.of(),
                "reported_at desc")));
        model.addAttribute("mayReport", actor.is(OrganizationKind.OPERATOR) && actor.canWrite());
        return "supervision/observed-list";
    }

    /** The reports as CSV or XLSX, as the page lists them, with what was seen and whether a sanction followed. */
    @GetMapping("/unauthorized-testing/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@RequestParam(required = false) String format, Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> reports.list(actor, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, Map.of(), "reported_at desc")).items()).stream()
                .map(r -> java.util.Arrays.<Object>asList(r.reportedAt(), r.operatorName(), r.observedFrom(),
                        r.observedTo(), r.sourceAddress(), r.target(), r.authorizationNumber(),
                        m.apply("observedFinding." + r.finding()), r.description(), r.sanctionedAt(),
                        r.sanctionedByName()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "unauthorized-testing",
                new org.ciip.shared.export.TableExport.Table(m.apply("observed.list"), List.of(
                        m.apply("observed.reportedAt"), m.apply("testing.operator"), m.apply("observed.from"),
                        m.apply("observed.to"), m.apply("observed.source"), m.apply("observed.target"),
                        m.apply("observed.number"), m.apply("observed.finding"), m.apply("observed.description"),
                        m.apply("observed.sanctionedAt"), m.apply("observed.sanctionedByName")), rows));
    }

    /** The report form as posted, the times as local times of Beijing. */
    record ObservedForm(String observedFrom, String observedTo, String sourceAddress, String target,
            String authorizationNumber, String description, String evidence) {
    }

    @GetMapping("/unauthorized-testing/new")
    String newReport(@RequestParam(required = false) String authorizationNumber, Model model, Locale locale) {
        return form(new ObservedForm(null, null, null, null, authorizationNumber, null, null), List.of(), null, model,
                locale);
    }

    private String form(ObservedForm form, List<FieldProblem> problems, String refusal, Model model, Locale locale) {
        Actor actor = Actors.current();
        if (!actor.is(OrganizationKind.OPERATOR) || !actor.canWrite()) {
            throw ApiException.forbidden("An operator reports testing it observed on its CII (Art. 31).");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.byField(problems, messages, locale));
        model.addAttribute("refusal", refusal);
        return "supervision/observed-form";
    }

    @PostMapping("/unauthorized-testing")
    String report(@RequestParam(required = false) String observedFrom,
            @RequestParam(required = false) String observedTo, @RequestParam(required = false) String sourceAddress,
            @RequestParam(required = false) String target, @RequestParam(required = false) String authorizationNumber,
            @RequestParam(required = false) String description, @RequestParam(required = false) String evidence,
            Model model, Locale locale) {
        ObservedForm form = new ObservedForm(observedFrom, observedTo, sourceAddress, target, authorizationNumber,
                description, evidence);
        List<FieldProblem> problems = new ArrayList<>();
        Instant from = FormValues.beijingTime(observedFrom, "observedFrom", problems);
        Instant to = FormValues.beijingTime(observedTo, "observedTo", problems);
        if (!problems.isEmpty()) {
            return form(form, problems, null, model, locale);
        }
        try {
            ObservedTestingView created = reports.report(Actors.current(), new UnauthorizedTesting.ObservedRequest(
                    from, to, sourceAddress, target, authorizationNumber, description, evidence));
            return "redirect:/unauthorized-testing/" + created.id() + "?reported";
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.BAD_REQUEST) {
                return form(form, e.fieldProblems(), null, model, locale);
            }
            if (e.getStatusCode() == HttpStatus.UNPROCESSABLE_CONTENT) {
                return form(form, List.of(), e.getBody().getDetail(), model, locale);
            }
            throw e;
        }
    }

    @GetMapping("/unauthorized-testing/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        ObservedTestingView report = reports.find(actor, id);
        model.addAttribute("report", report);
        model.addAttribute("maySanction", reports.maySanction(actor, report));
        return "supervision/observed";
    }

    @PostMapping("/unauthorized-testing/{id}/sanction")
    String sanction(@PathVariable UUID id, @RequestParam(required = false) String personName,
            @RequestParam(required = false) String idNumber, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String decidedOn, RedirectAttributes redirect, Locale locale) {
        FormErrors.step(redirect, messages, locale, "observed.done.sanctioned", () -> reports.sanction(
                Actors.current(), id, new UnauthorizedTesting.SanctionRequest(personName, idNumber, kind,
                        FormValues.date(decidedOn, "decidedOn"))));
        return "redirect:/unauthorized-testing/" + id;
    }
}
