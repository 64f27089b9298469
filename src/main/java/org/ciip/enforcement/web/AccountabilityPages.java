package org.ciip.enforcement.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.enforcement.Accountability;
import org.ciip.enforcement.AccountabilityViews;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.export.TableExport;
import org.ciip.shared.web.FormErrors;
import org.ciip.shared.web.FormValues;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of the accountability of departments (Art. 44, 45, 47) and the operators' reports of fees or brands. */
@Controller
class AccountabilityPages {

    private final Accountability accountability;
    private final MessageSource messages;

    AccountabilityPages(Accountability accountability, MessageSource messages) {
        this.accountability = accountability;
        this.messages = messages;
    }

    @GetMapping("/accountability")
    String overview(@RequestParam(required = false) Integer reportsPage,
            @RequestParam(required = false) Integer investigationsPage, Model model, Locale locale) {
        Actor actor = Actors.current();
        model.addAttribute("departments", accountability.departments(actor));
        model.addAttribute("followUpDays", accountability.followUpDays());
        model.addAttribute("reports", accountability.conducts(actor,
                PageQuery.of(reportsPage, 25, null, Map.of(), "reported_at desc")));
        model.addAttribute("investigations", accountability.investigations(actor,
                PageQuery.of(investigationsPage, 25, null, Map.of(), "opened_at desc")));
        model.addAttribute("mayDecide", actor.canApprove());
        model.addAttribute("zh", "zh".equals(locale.getLanguage()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enforcement/accountability";
    }

    /** The bodies with the duties each missed, as the page's first table, as CSV or XLSX. */
    @GetMapping("/accountability/export")
    ResponseEntity<StreamingResponseBody> exportDepartments(@RequestParam(required = false) String format,
            Locale locale) {
        Actor actor = Actors.current();
        var m = TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        var rows = accountability.departments(actor).stream()
                .map(d -> Arrays.<Object>asList(chinese || d.nameEn() == null ? d.name() : d.nameEn(),
                        m.apply("orgKind." + d.kind()), d.lateForwardings(), d.lateRecertifications(),
                        d.ordersNotFollowedUp(), d.conductFounded(), d.conductReports()))
                .toList();
        return TableExport.download(format, "accountability", new TableExport.Table(m.apply("accountability.title"),
                List.of(m.apply("accountability.body"), m.apply("export.accountability.kind"),
                        m.apply("accountability.lateForwardings"), m.apply("accountability.lateRecertifications"),
                        m.apply("accountability.ordersNotFollowedUp"), m.apply("export.accountability.founded"),
                        m.apply("export.accountability.reported")), rows));
    }

    /** The reports of fees or designated brands the reader sees (its own, or all for MPS and CAC), as CSV or XLSX. */
    @GetMapping("/conduct-reports/export")
    ResponseEntity<StreamingResponseBody> exportConduct(@RequestParam(required = false) String format,
            Locale locale) {
        Actor actor = Actors.current();
        var m = TableExport.labels(messages, locale);
        var rows = TableExport.all(n -> accountability.conducts(actor, PageQuery.of(n, PageQuery.MAX_SIZE, null,
                Map.of(), "reported_at desc")).items()).stream()
                .map(r -> Arrays.<Object>asList(r.reportedAt(), r.operatorName(), r.bodyName(),
                        m.apply("conductKind." + r.kind()), r.description(), r.amount(),
                        m.apply("conductStatus." + r.status()), r.outcome(), r.refund(), r.decidedAt()))
                .toList();
        return TableExport.download(format, "conduct-reports", new TableExport.Table(m.apply("conduct.title"),
                List.of(m.apply("accountability.reportedAt"), m.apply("accountability.operator"),
                        m.apply("accountability.body"), m.apply("accountability.kind"),
                        m.apply("accountability.description"), m.apply("conduct.amount"),
                        m.apply("accountability.status"), m.apply("accountability.outcome"),
                        m.apply("accountability.refund"), m.apply("export.accountability.decidedAt")), rows));
    }

    /** The liability-accident investigations the reader sees, as CSV or XLSX. */
    @GetMapping("/accountability/investigations/export")
    ResponseEntity<StreamingResponseBody> exportInvestigations(@RequestParam(required = false) String format,
            Locale locale) {
        Actor actor = Actors.current();
        var m = TableExport.labels(messages, locale);
        var rows = TableExport.all(n -> accountability.investigations(actor, PageQuery.of(n, PageQuery.MAX_SIZE,
                null, Map.of(), "opened_at desc")).items()).stream()
                .map(v -> Arrays.<Object>asList(v.openedAt(), v.operatorName(), v.openedByOrganization(),
                        m.apply("investigationStatus." + v.status()), v.liabilityAccident() == null ? null
                                : m.apply(v.liabilityAccident() ? "accountability.liabilityAccident"
                                        : "accountability.noLiabilityAccident"),
                        v.conclusion(), v.concludedAt()))
                .toList();
        return TableExport.download(format, "liability-investigations", new TableExport.Table(
                m.apply("accountability.investigations"), List.of(m.apply("accountability.openedAt"),
                m.apply("accountability.operator"), m.apply("export.accountability.openedBy"),
                m.apply("accountability.status"), m.apply("export.accountability.accident"),
                m.apply("accountability.conclusion"), m.apply("export.accountability.concludedAt")), rows));
    }

    @PostMapping("/conduct-reports/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String founded,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String refund,
            Locale locale, RedirectAttributes redirect) {
        return step("/accountability", locale, redirect, "accountability.done.decided", () ->
                accountability.decideConduct(Actors.current(), id, new AccountabilityViews.ConductDecision(
                        founded == null ? null : Boolean.valueOf(founded), outcome,
                        FormValues.amount(refund, "refund"))));
    }

    @PostMapping("/liability-investigations")
    String open(@RequestParam(required = false) String incidentId, Locale locale, RedirectAttributes redirect) {
        UUID incident;
        try {
            incident = incidentId == null || incidentId.isBlank() ? null : UUID.fromString(incidentId.trim());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("errors", Map.of("incidentId", messages.getMessage("validation.uuid", null,
                    "Not an identifier.", locale)));
            return "redirect:/accountability";
        }
        try {
            AccountabilityViews.Investigation opened = accountability.openInvestigation(Actors.current(), incident);
            redirect.addFlashAttribute("done", "accountability.done.opened");
            return "redirect:/accountability/investigations/" + opened.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("errors", FormErrors.byField(e.fieldProblems(), messages, locale));
            return "redirect:/accountability";
        }
    }

    @GetMapping("/accountability/investigations/{id}")
    String investigation(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        AccountabilityViews.Investigation investigation = accountability.investigation(actor, id);
        model.addAttribute("investigation", investigation);
        boolean open = investigation.status() == org.ciip.enforcement.InvestigationStatus.OPEN;
        model.addAttribute("mayRecord", Accountability.oversees(actor) && actor.canWrite() && open);
        model.addAttribute("mayConclude", Accountability.oversees(actor) && actor.canApprove() && open);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enforcement/investigation";
    }

    @PostMapping("/accountability/investigations/{id}/findings")
    String finding(@PathVariable UUID id, @RequestParam(required = false) String partyName,
            @RequestParam(required = false) String partyRole, @RequestParam(required = false) String responsible,
            @RequestParam(required = false) String finding, Locale locale, RedirectAttributes redirect) {
        return step("/accountability/investigations/" + id, locale, redirect, "accountability.done.finding", () ->
                accountability.recordFinding(Actors.current(), id, new AccountabilityViews.NewFinding(null,
                        partyName, partyRole, responsible == null ? null : Boolean.valueOf(responsible), finding)));
    }

    @PostMapping("/accountability/investigations/{id}/conclusion")
    String conclude(@PathVariable UUID id, @RequestParam(required = false) String liabilityAccident,
            @RequestParam(required = false) String conclusion, Locale locale, RedirectAttributes redirect) {
        return step("/accountability/investigations/" + id, locale, redirect, "accountability.done.concluded", () ->
                accountability.conclude(Actors.current(), id, new AccountabilityViews.Conclusion(
                        liabilityAccident == null ? null : Boolean.valueOf(liabilityAccident), conclusion)));
    }

    @GetMapping("/conduct-reports")
    String conductReports(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        if (!actor.is(OrganizationKind.OPERATOR)) {
            throw ApiException.notFound("Conduct reports");
        }
        model.addAttribute("reports", accountability.conducts(actor,
                PageQuery.of(page, 25, null, Map.of(), "reported_at desc")));
        model.addAttribute("bodies", accountability.inspectingBodies());
        model.addAttribute("mayReport", actor.canWrite());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enforcement/conduct-reports";
    }

    @PostMapping("/conduct-reports")
    String reportConduct(@RequestParam(required = false) String bodyId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description, @RequestParam(required = false) String amount,
            Locale locale, RedirectAttributes redirect) {
        return step("/conduct-reports", locale, redirect, "accountability.done.reported", () -> {
            UUID body;
            try {
                body = bodyId == null || bodyId.isBlank() ? null : UUID.fromString(bodyId.trim());
            } catch (IllegalArgumentException e) {
                body = null;
            }
            accountability.reportConduct(Actors.current(), new AccountabilityViews.NewConductReport(body, kind,
                    description, FormValues.amount(amount, "amount")));
        });
    }


    private String step(String back, Locale locale, RedirectAttributes redirect, String done, Runnable work) {
        FormErrors.step(redirect, messages, locale, done, work);
        return "redirect:" + back;
    }
}
