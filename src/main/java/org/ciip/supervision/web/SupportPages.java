package org.ciip.supervision.web;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.supervision.SupportRequest;
import org.ciip.supervision.SupportView;
import org.ciip.supervision.TechnicalSupport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of technical support (Art. 29). */
@Controller
class SupportPages {

    private final TechnicalSupport support;
    private final org.springframework.context.MessageSource messages;

    SupportPages(TechnicalSupport support, org.springframework.context.MessageSource messages) {
        this.support = support;
        this.messages = messages;
    }

    static boolean mayUse(Actor actor) {
        return actor.is(OrganizationKind.PROTECTION_DEPARTMENT)
                || TechnicalSupport.ADDRESSEES.contains(actor.organizationKind());
    }

    @GetMapping("/support")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        if (!mayUse(actor)) {
            throw ApiException.notFound("Support requests");
        }
        model.addAttribute("requests", support.list(actor, PageQuery.of(page, 25, null, Map.of(), "requested_at")));
        model.addAttribute("mayRequest", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite());
        return "supervision/support-requests";
    }

    /** The requests as CSV or XLSX, as the page lists them, with who handled each and how it ended. */
    @GetMapping("/support/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            export(@RequestParam(required = false) String format, java.util.Locale locale) {
        Actor actor = Actors.current();
        if (!mayUse(actor)) {
            throw ApiException.notFound("Support requests");
        }
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> support.list(actor,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "requested_at")).items()).stream()
                .map(r -> java.util.Arrays.<Object>asList(r.title(), m.apply("supportSubject." + r.subjectKind()),
                        r.requesterName(), r.addresseeName(), r.requestedAt(), m.apply("supportStatus." + r.status()),
                        r.assignee(), r.acceptedAt(), r.closedAt(), r.outcome()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "support-requests",
                new org.ciip.shared.export.TableExport.Table(m.apply("support.list"), java.util.List.of(
                        m.apply("support.title"), m.apply("support.subjectKind"), m.apply("support.requester"),
                        m.apply("support.addressee"), m.apply("support.requestedAt"), m.apply("support.status"),
                        m.apply("support.assignee"), m.apply("support.acceptedAt"), m.apply("support.closedAt"),
                        m.apply("support.outcome")), rows));
    }

    @GetMapping("/support/new")
    String newRequest(@RequestParam(required = false) String subjectKind, @RequestParam(required = false) UUID subjectId,
            Model model) {
        return form(new SupportRequest(null, subjectKind == null ? "OTHER" : subjectKind, subjectId, null, null),
                java.util.List.of(), model, java.util.Locale.ROOT);
    }

    /** The request form; sent back, each problem beside its field in the reader's language. */
    private String form(SupportRequest form, java.util.List<FieldProblem> problems, Model model,
            java.util.Locale locale) {
        Actor actor = Actors.current();
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || !actor.canWrite()) {
            throw ApiException.forbidden("A protection department asks for technical support (Art. 29).");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", org.ciip.shared.web.FormErrors.byField(problems, messages, locale));
        model.addAttribute("addressees", support.addressees());
        return "supervision/support-form";
    }

    @PostMapping("/support")
    String request(@RequestParam(required = false) UUID addresseeId, @RequestParam(required = false) String subjectKind,
            @RequestParam(required = false) String subjectId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, Model model, java.util.Locale locale) {
        UUID subject = null;
        try {
            subject = subjectId == null || subjectId.isBlank() ? null : UUID.fromString(subjectId.trim());
        } catch (IllegalArgumentException e) {
            return form(new SupportRequest(addresseeId, subjectKind, null, title, description),
                    java.util.List.of(new FieldProblem("subjectId", "is not an identifier", null, "validation.uuid",
                            java.util.List.of())), model, locale);
        }
        SupportRequest form = new SupportRequest(addresseeId, subjectKind, subject, title, description);
        try {
            SupportView created = support.request(Actors.current(), form);
            return "redirect:/support/" + created.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return form(form, e.fieldProblems(), model, locale);
        }
    }

    @GetMapping("/support/{id}")
    String request(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        SupportView request = support.find(actor, id);
        model.addAttribute("request", request);
        boolean addressee = request.addresseeId().equals(actor.organizationId()) && actor.canWrite();
        model.addAttribute("mayAccept", addressee && request.status() == org.ciip.supervision.SupportStatus.REQUESTED);
        model.addAttribute("mayClose", addressee && request.status() == org.ciip.supervision.SupportStatus.ACCEPTED);
        model.addAttribute("mayWrite", actor.canWrite()
                && request.status() != org.ciip.supervision.SupportStatus.CLOSED);
        return "supervision/support-request";
    }

    @PostMapping("/support/{id}/acceptance")
    String accept(@PathVariable UUID id, @RequestParam(required = false) String assignee, java.util.Locale locale,
            RedirectAttributes redirect) {
        return step(id, redirect, locale, "assignee", assignee, "support.done.accepted",
                () -> support.accept(Actors.current(), id, assignee));
    }

    @PostMapping("/support/{id}/messages")
    String write(@PathVariable UUID id, @RequestParam(required = false) String body, java.util.Locale locale,
            RedirectAttributes redirect) {
        return step(id, redirect, locale, "body", body, "support.done.written",
                () -> support.write(Actors.current(), id, body));
    }

    @PostMapping("/support/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(required = false) String outcome, java.util.Locale locale,
            RedirectAttributes redirect) {
        return step(id, redirect, locale, "outcome", outcome, "support.done.closed",
                () -> support.close(Actors.current(), id, outcome));
    }

    /**
     * A step of the request's page: done, the page says so; refused for its input, the page again with the problem
     * beside the field sent.
     */
    private String step(UUID id, RedirectAttributes redirect, java.util.Locale locale, String field, String value,
            String done, Runnable work) {
        org.ciip.shared.web.FormErrors.step(redirect, messages, locale, done,
                java.util.Collections.singletonMap(field, value), work);
        return "redirect:/support/" + id;
    }
}
