package org.ciip.supervision.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.Validation;
import org.ciip.shared.web.FormErrors;
import org.ciip.shared.web.FormValues;
import org.ciip.supervision.AuthorizedTesting;
import org.ciip.supervision.TestingAuthorizations;
import org.ciip.supervision.TestingDocuments;
import org.ciip.supervision.TestingRequest;
import org.ciip.supervision.TestingStatus;
import org.ciip.supervision.TestingView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The pages of testing authorizations (Art. 31): the list, the request form, and one authorization with its steps. */
@Controller
class TestingPages {

    private final TestingAuthorizations testing;
    private final AuthorizedTesting conduct;
    private final TestingDocuments documents;
    private final Organizations organizations;
    private final MessageSource messages;

    TestingPages(TestingAuthorizations testing, AuthorizedTesting conduct, TestingDocuments documents,
            Organizations organizations, MessageSource messages) {
        this.testing = testing;
        this.conduct = conduct;
        this.documents = documents;
        this.organizations = organizations;
        this.messages = messages;
    }

    @GetMapping("/testing")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("authorizations", testing.list(actor, Validation.filter(TestingStatus.class, status,
                "status"), q, PageQuery.of(page, size == null ? 25 : size, null, Map.of(), "requested_at desc")));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", TestingStatus.values());
        model.addAttribute("mayRequest", mayRequest(actor));
        return "supervision/testing-list";
    }

    /** The list as CSV or XLSX, with the list's filters. */
    @GetMapping("/testing/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q, Locale locale) {
        Actor actor = Actors.current();
        TestingStatus filter = Validation.filter(TestingStatus.class, status, "status");
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> testing.list(actor, filter, q,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "requested_at desc")).items()).stream()
                .map(a -> java.util.Arrays.<Object>asList(a.number(), a.title(), a.requesterName(), a.operatorName(),
                        m.apply("testingRoute." + a.route()), a.telecom(), a.firstStart(), a.lastEnd(),
                        m.apply("testingStatus." + a.status()), a.requestedAt()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "testing-authorizations",
                new org.ciip.shared.export.TableExport.Table(m.apply("testing.list"), List.of(
                        m.apply("testing.number"), m.apply("testing.title"), m.apply("testing.requester"),
                        m.apply("testing.operator"), m.apply("testing.route"), m.apply("testing.telecomBadge"),
                        m.apply("testing.startsAt"), m.apply("testing.endsAt"), m.apply("testing.status"),
                        m.apply("testing.requestedAt")), rows));
    }

    private static boolean mayRequest(Actor actor) {
        return TestingAuthorizations.REQUESTERS.contains(actor.organizationKind()) && actor.canWrite();
    }

    /** The request form as posted: multi-valued parts one per line, the windows as local times of Beijing. */
    static final class RequestForm {
        public String title;
        public String route = "OPERATOR";
        public String operatorCreditCode;
        public String targets = "";
        public List<String> activities = new ArrayList<>();
        public String excludedTechniques;
        public List<String> startsAt = new ArrayList<>(List.of("", ""));
        public List<String> endsAt = new ArrayList<>(List.of("", ""));
        public String testers = "";
        public String sourceAddresses = "";
        public String contactName;
        public String contactPhone;

        public String getTitle() { return title; }
        public String getRoute() { return route; }
        public String getOperatorCreditCode() { return operatorCreditCode; }
        public String getTargets() { return targets; }
        public List<String> getActivities() { return activities; }
        public String getExcludedTechniques() { return excludedTechniques; }
        public List<String> getStartsAt() { return startsAt; }
        public List<String> getEndsAt() { return endsAt; }
        public String getTesters() { return testers; }
        public String getSourceAddresses() { return sourceAddresses; }
        public String getContactName() { return contactName; }
        public String getContactPhone() { return contactPhone; }
    }

    @GetMapping("/testing/new")
    String newRequest(Model model, Locale locale) {
        Actor actor = Actors.current();
        RequestForm form = new RequestForm();
        if (actor.is(OrganizationKind.OPERATOR)) {
            form.operatorCreditCode = organizations.find(actor.organizationId()).map(o -> o.creditCode()).orElse(null);
        }
        return form(form, List.of(), model, locale);
    }

    private String form(RequestForm form, List<FieldProblem> problems, Model model, Locale locale) {
        Actor actor = Actors.current();
        if (!mayRequest(actor)) {
            throw ApiException.forbidden("A service agency, an operator or a protection department asks for a testing "
                    + "authorization (Art. 31).");
        }
        Map<String, String> errors = FormErrors.byField(problems, messages, locale);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("lineErrors", lineErrors(errors, locale));
        model.addAttribute("activities", org.ciip.supervision.TestingActivity.values());
        model.addAttribute("periods", testing.periods());
        return "supervision/testing-form";
    }

    /** The problems of the one-per-line fields, by field, each naming its line: "line 2, value: ...". */
    private Map<String, List<String>> lineErrors(Map<String, String> errors, Locale locale) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        errors.forEach((field, message) -> {
            var m = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?").matcher(field);
            if (m.matches()) {
                String line = messages.getMessage("testing.line", new Object[] {Integer.parseInt(m.group(2)) + 1},
                        locale) + (m.group(3) == null ? "" : " · " + messages.getMessage("testing.part." + m.group(3),
                        null, m.group(3), locale));
                out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(line + ": " + message);
            }
        });
        return out;
    }

    @org.springframework.web.bind.annotation.InitBinder("form")
    void bindFields(org.springframework.web.bind.WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAllowedFields("title", "route", "operatorCreditCode", "targets", "activities", "excludedTechniques",
                "startsAt", "endsAt", "testers", "sourceAddresses", "contactName", "contactPhone");
    }

    @PostMapping("/testing")
    String request(@org.springframework.web.bind.annotation.ModelAttribute("form") RequestForm form, Model model,
            Locale locale) {
        List<FieldProblem> problems = new ArrayList<>();
        List<TestingRequest.Window> windows = new ArrayList<>();
        for (int i = 0; i < Math.max(form.startsAt.size(), form.endsAt.size()); i++) {
            String start = i < form.startsAt.size() ? form.startsAt.get(i) : "";
            String end = i < form.endsAt.size() ? form.endsAt.get(i) : "";
            if (Validation.isBlank(start) && Validation.isBlank(end)) {
                continue;
            }
            String field = "windows[" + windows.size() + "].";
            windows.add(new TestingRequest.Window(FormValues.beijingTime(start, field + "startsAt", problems),
                    FormValues.beijingTime(end, field + "endsAt", problems)));
        }
        List<TestingRequest.Target> targets = lines(form.targets).stream().map(l -> {
            String[] p = parts(l, 4);
            return new TestingRequest.Target(p[0], p[1], p[2], p[3]);
        }).toList();
        List<TestingRequest.Tester> testers = lines(form.testers).stream().map(l -> {
            String[] p = parts(l, 3);
            return new TestingRequest.Tester(p[0], p[1], p[2]);
        }).toList();
        TestingRequest request = new TestingRequest(form.title, form.route, form.operatorCreditCode, targets,
                form.activities, form.excludedTechniques, windows, testers, lines(form.sourceAddresses),
                form.contactName, form.contactPhone);
        if (!problems.isEmpty()) {
            return form(form, problems, model, locale);
        }
        try {
            TestingView created = testing.request(Actors.current(), request);
            return "redirect:/testing/" + created.id() + "?requested";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return form(form, e.fieldProblems(), model, locale);
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String[] parts(String line, int n) {
        String[] split = line.split("\\|", n);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = i < split.length ? split[i].trim() : null;
        }
        return out;
    }

    @GetMapping("/testing/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        TestingView t = testing.find(actor, id);
        model.addAttribute("t", t);
        var step = testing.stepOf(actor, t);
        boolean requester = t.requesterId().equals(actor.organizationId()) && actor.canWrite();
        model.addAttribute("myStep", step.filter(p -> t.status() == TestingStatus.REQUESTED && actor.canApprove()
                && t.steps().stream().anyMatch(s -> s.party() == p && s.decision() == null)).orElse(null));
        boolean approver = step.isPresent() && actor.canApprove();
        model.addAttribute("maySuspend", approver && t.status() == TestingStatus.AUTHORIZED);
        model.addAttribute("mayReinstate", approver && t.status() == TestingStatus.SUSPENDED);
        model.addAttribute("mayRevoke", approver && (t.status() == TestingStatus.AUTHORIZED
                || t.status() == TestingStatus.SUSPENDED));
        model.addAttribute("requester", requester);
        model.addAttribute("mayReport", requester && t.telecom() && t.advanceReportedAt() == null
                && !t.status().finished());
        model.addAttribute("mayObject", actor.is(OrganizationKind.TELECOM_AUTHORITY) && actor.canWrite()
                && t.telecom() && t.objectedAt() == null && !t.status().finished());
        boolean inForce = t.status() == TestingStatus.AUTHORIZED || t.status() == TestingStatus.SUSPENDED;
        model.addAttribute("mayStart", requester && "VALID".equals(t.validity()));
        model.addAttribute("mayRecord", requester && inForce);
        model.addAttribute("mayClose", requester && inForce);
        return "supervision/testing";
    }

    @GetMapping("/testing/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @RequestParam(required = false) String lang,
            Locale locale) {
        return TestingApiController.pdf(documents, id, lang, locale);
    }

    @PostMapping("/testing/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String conditions, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.decided", () -> testing.decide(Actors.current(), id,
                new TestingAuthorizations.Decision(decision, conditions, reason)));
    }

    @PostMapping("/testing/{id}/advance-report")
    String reportInAdvance(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.reported",
                () -> conduct.reportInAdvance(Actors.current(), id));
    }

    @PostMapping("/testing/{id}/objection")
    String object(@PathVariable UUID id, @RequestParam(required = false) String objection,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.objected",
                () -> conduct.object(Actors.current(), id, objection));
    }

    @PostMapping("/testing/{id}/{change:suspension|reinstatement|revocation}")
    String change(@PathVariable UUID id, @PathVariable String change,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done." + change, () -> {
            Actor actor = Actors.current();
            switch (change) {
                case "suspension" -> conduct.suspend(actor, id, reason);
                case "reinstatement" -> conduct.reinstate(actor, id, reason);
                default -> conduct.revoke(actor, id, reason);
            }
        });
    }

    @PostMapping("/testing/{id}/sessions")
    String start(@PathVariable UUID id, @RequestParam(required = false) Integer testerSeq,
            @RequestParam(required = false) String sourceAddress, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.started",
                () -> conduct.startSession(Actors.current(), id, testerSeq, sourceAddress));
    }

    @PostMapping("/testing/{id}/sessions/{sessionId}/stop")
    String stop(@PathVariable UUID id, @PathVariable UUID sessionId, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.stopped",
                () -> conduct.stopSession(Actors.current(), id, sessionId));
    }

    @PostMapping("/testing/{id}/findings")
    String addFinding(@PathVariable UUID id, @RequestParam(required = false) UUID assetId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String cvssVector, @RequestParam(required = false) String rectifyBy,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "testing.done.finding", () -> conduct.addFinding(Actors.current(), id,
                new AuthorizedTesting.FindingRequest(assetId, title, severity, cvssVector,
                        FormValues.date(rectifyBy, "rectifyBy"))));
    }

    @PostMapping("/testing/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(required = false) String report, RedirectAttributes redirect,
            Locale locale) {
        return step(id, redirect, locale, "testing.done.closed", () -> conduct.close(Actors.current(), id, report));
    }

    private String step(UUID id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable work) {
        FormErrors.step(redirect, messages, locale, doneKey, work);
        return "redirect:/testing/" + id;
    }

}
