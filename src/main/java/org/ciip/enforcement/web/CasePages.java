package org.ciip.enforcement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.enforcement.CaseRequests;
import org.ciip.enforcement.CaseStatus;
import org.ciip.enforcement.CaseView;
import org.ciip.enforcement.EnforcementCases;
import org.ciip.enforcement.LegalBases;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The pages of enforcement cases (Art. 39-43): the list, opening a case, and each case with its steps. */
@Controller
class CasePages {

    /** How many responsible persons the form of a new case offers. */
    static final int PERSON_ROWS = 3;

    private final EnforcementCases cases;
    private final MessageSource messages;

    CasePages(EnforcementCases cases, MessageSource messages) {
        this.cases = cases;
        this.messages = messages;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String article,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort, Model model) {
        Actor actor = Actors.current();
        model.addAttribute("cases", cases.list(actor, status, article, null, q,
                PageQuery.of(page, size == null ? 25 : size, sort, CaseApiController.SORTABLE, "c.opened_at desc")));
        model.addAttribute("status", status);
        model.addAttribute("article", article);
        model.addAttribute("q", q);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("articles", cases.articles());
        model.addAttribute("mayOpen", EnforcementCases.mayOpenCases(actor));
        model.addAttribute("size", size);
        model.addAttribute("sort", sort);
        return "enforcement/cases";
    }

    /** The list as CSV or XLSX, with the page's filters and order, in the reader's language. */
    @GetMapping("/cases/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String status, @RequestParam(required = false) String article,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            java.util.Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        var rows = org.ciip.shared.export.TableExport.all(n -> cases.list(actor, status, article, null, q,
                PageQuery.of(n, PageQuery.MAX_SIZE, sort, CaseApiController.SORTABLE, "c.opened_at desc")).items())
                .stream()
                .map(c -> java.util.Arrays.<Object>asList(c.number(), c.respondentName(),
                        org.ciip.shared.Citation.of(c.article(), chinese), c.authorityName(), c.openedAt(),
                        m.apply("caseStatus." + c.status()), c.correctionOverdue()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "cases", new org.ciip.shared.export.TableExport
                .Table(m.apply("case.list"), List.of(m.apply("case.number"), m.apply("case.respondent"),
                m.apply("case.article"), m.apply("case.authority"), m.apply("case.openedAt"), m.apply("case.status"),
                m.apply("case.overdue")), rows));
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) UUID operatorId, @RequestParam(required = false) String article,
            @RequestParam(required = false) String sourceKind, @RequestParam(required = false) String sourceRef,
            Model model, Locale locale) {
        CaseForm form = new CaseForm();
        form.operatorId = operatorId;
        form.article = article;
        form.sourceKind = sourceKind == null ? "MANUAL" : sourceKind;
        form.sourceRef = sourceRef;
        return form(form, List.of(), model, locale);
    }

    private String form(CaseForm form, List<FieldProblem> problems, Model model, Locale locale) {
        Actor actor = Actors.current();
        if (!EnforcementCases.mayOpenCases(actor)) {
            throw ApiException.forbidden("Only a competent authority opens enforcement cases (Art. 39-43).");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors(problems, locale));
        model.addAttribute("operators", cases.operatorsFor(actor));
        model.addAttribute("articles", cases.articles());
        return "enforcement/case-form";
    }

    /** The form of a new case, as posted. */
    static final class CaseForm {
        public String article;
        public UUID operatorId;
        public String respondentKind;
        public String respondentName;
        public String sourceKind;
        public String sourceRef;
        public String facts;
        public LocalDate actDate;
        public List<String> personName = new ArrayList<>();
        public List<String> personPosition = new ArrayList<>();
        public List<String> personIdNumber = new ArrayList<>();

        public String getArticle() {
            return article;
        }

        public UUID getOperatorId() {
            return operatorId;
        }

        public String getRespondentKind() {
            return respondentKind;
        }

        public String getRespondentName() {
            return respondentName;
        }

        public String getSourceKind() {
            return sourceKind;
        }

        public String getSourceRef() {
            return sourceRef;
        }

        public String getFacts() {
            return facts;
        }

        public LocalDate getActDate() {
            return actDate;
        }

        public String person(List<String> values, int i) {
            return i < values.size() ? values.get(i) : null;
        }

        CaseRequests.NewCase request() {
            List<CaseRequests.NewPerson> persons = new ArrayList<>();
            for (int i = 0; i < PERSON_ROWS; i++) {
                String name = person(personName, i);
                String position = person(personPosition, i);
                String id = person(personIdNumber, i);
                if (!blank(name) || !blank(position) || !blank(id)) {
                    persons.add(new CaseRequests.NewPerson(name, position, id));
                }
            }
            return new CaseRequests.NewCase(article, operatorId, respondentKind, respondentName, sourceKind,
                    sourceRef, facts, actDate, persons);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    @PostMapping("/cases")
    String open(@RequestParam(required = false) String article, @RequestParam(required = false) String operatorId,
            @RequestParam(required = false) String respondentKind,
            @RequestParam(required = false) String respondentName, @RequestParam(required = false) String sourceKind,
            @RequestParam(required = false) String sourceRef, @RequestParam(required = false) String facts,
            @RequestParam(required = false) String actDate,
            @RequestParam(required = false) List<String> personName,
            @RequestParam(required = false) List<String> personPosition,
            @RequestParam(required = false) List<String> personIdNumber, Model model, Locale locale,
            RedirectAttributes redirect) {
        CaseForm form = new CaseForm();
        form.article = article;
        form.respondentKind = respondentKind;
        form.respondentName = respondentName;
        form.sourceKind = sourceKind;
        form.sourceRef = sourceRef;
        form.facts = facts;
        form.personName = personName == null ? List.of() : personName;
        form.personPosition = personPosition == null ? List.of() : personPosition;
        form.personIdNumber = personIdNumber == null ? List.of() : personIdNumber;
        List<FieldProblem> parse = new ArrayList<>();
        try {
            form.operatorId = operatorId == null || operatorId.isBlank() ? null : UUID.fromString(operatorId.trim());
        } catch (IllegalArgumentException e) {
            parse.add(new FieldProblem("operatorId", "is not an operator", null, "validation.caseOperator",
                    List.of()));
        }
        try {
            form.actDate = actDate == null || actDate.isBlank() ? null : LocalDate.parse(actDate.trim());
        } catch (java.time.format.DateTimeParseException e) {
            parse.add(new FieldProblem("actDate", "is not a date", null, "validation.date", List.of()));
        }
        if (!parse.isEmpty()) {
            return form(form, parse, model, locale);
        }
        try {
            CaseView opened = cases.open(Actors.current(), form.request());
            redirect.addFlashAttribute("done", "case.opened");
            return "redirect:/cases/" + opened.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return form(form, e.fieldProblems(), model, locale);
        }
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String ground, Model model, Locale locale) {
        Actor actor = Actors.current();
        CaseView c = cases.find(actor, id);
        model.addAttribute("c", c);
        boolean authority = c.authorityId().equals(actor.organizationId()) && actor.canWrite();
        boolean operator = c.operatorId() != null && c.operatorId().equals(actor.organizationId());
        model.addAttribute("authority", authority);
        model.addAttribute("mayOrder", authority && c.status() == CaseStatus.OPEN && c.operatorId() != null);
        model.addAttribute("mayAnswer", operator && actor.canWrite() && c.status() == CaseStatus.ORDERED);
        model.addAttribute("mayVerify", authority && (c.status() == CaseStatus.ANSWERED
                || c.status() == CaseStatus.ORDERED && c.correctionOverdue()));
        model.addAttribute("mayRecordHarm", authority && !c.closed());
        boolean mayDecide = authority && actor.canApprove() && !c.closed()
                && (c.status() != CaseStatus.OPEN || c.operatorId() == null);
        model.addAttribute("mayDecide", mayDecide);
        if (mayDecide) {
            String chosen = ground != null ? ground
                    : c.status() == CaseStatus.REFUSED || !c.harms().isEmpty() ? "REFUSAL_OR_HARM" : "NONE";
            LegalBases.Choice choice = cases.bases(actor, id, chosen);
            model.addAttribute("choice", choice);
            model.addAttribute("ground", choice.ground().name());
        }
        model.addAttribute("grounds", LegalBases.Ground.values());
        model.addAttribute("zh", "zh".equals(locale.getLanguage()));
        model.addAttribute("citation", org.ciip.shared.Citation.of(c.article(), "zh".equals(locale.getLanguage())));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "enforcement/case";
    }

    @PostMapping("/cases/{id}/order")
    String order(@PathVariable UUID id, @RequestParam(required = false) String requirements,
            @RequestParam(required = false) String correctWithinDays, @RequestParam(required = false) String warning,
            Locale locale, RedirectAttributes redirect) {
        return step(id, "order", locale, redirect, () -> cases.order(Actors.current(), id,
                new CaseRequests.Order(requirements, FormValues.integer(correctWithinDays, "correctWithinDays"),
                        warning != null)));
    }

    @PostMapping("/cases/{id}/answer")
    String answer(@PathVariable UUID id, @RequestParam(required = false) String correction,
            @RequestParam(required = false) String evidence, Locale locale, RedirectAttributes redirect) {
        return step(id, "answer", locale, redirect, () -> cases.answer(Actors.current(), id,
                new CaseRequests.Answer(correction, evidence)));
    }

    @PostMapping("/cases/{id}/verification")
    String verify(@PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, Locale locale, RedirectAttributes redirect) {
        return step(id, "verification", locale, redirect, () -> cases.verify(Actors.current(), id,
                new CaseRequests.Verification(outcome, note)));
    }

    @PostMapping("/cases/{id}/harm")
    String harm(@PathVariable UUID id, @RequestParam(required = false) String severity,
            @RequestParam(required = false) String description, Locale locale, RedirectAttributes redirect) {
        return step(id, "harm", locale, redirect, () -> cases.recordHarm(Actors.current(), id,
                new CaseRequests.Harm(severity, description)));
    }

    @PostMapping("/cases/{id}/decision")
    String decide(@PathVariable UUID id, @RequestParam Map<String, String> form, Locale locale,
            RedirectAttributes redirect) {
        return step(id, "decision", locale, redirect, () -> {
            CaseView c = cases.find(Actors.current(), id);
            List<CaseRequests.PersonPenalty> persons = new ArrayList<>();
            for (CaseView.Person p : c.persons()) {
                String at = "persons[" + persons.size() + "].";
                BigDecimal fine = FormValues.amount(form.get("fine" + p.seq()), at + "fine");
                Integer days = FormValues.integer(form.get("detention" + p.seq()), at + "detentionDays");
                if (fine != null || days != null) {
                    persons.add(new CaseRequests.PersonPenalty(p.seq(), fine, days));
                }
            }
            cases.decide(Actors.current(), id, new CaseRequests.Decision(form.get("ground"),
                    form.get("basisCode"), FormValues.amount(form.get("unitFine"), "unitFine"),
                    FormValues.amount(form.get("purchaseAmount"), "purchaseAmount"),
                    FormValues.amount(form.get("confiscation"), "confiscation"), persons, form.get("reasons"),
                    form.get("sanctionKind"), form.get("breachedArticle")));
        });
    }

    @GetMapping("/cases/{id}/documents/{kind}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable String kind,
            @RequestParam(required = false) String lang, Locale locale) {
        return CaseApiController.pdf(cases, id, kind, lang, locale);
    }



    private String step(UUID id, String step, Locale locale, RedirectAttributes redirect, Runnable work) {
        if (!FormErrors.step(redirect, messages, locale, "case.done." + step, work)) {
            redirect.addFlashAttribute("failedStep", step);
        }
        return "redirect:/cases/" + id;
    }

    private Map<String, String> errors(List<FieldProblem> problems, Locale locale) {
        return org.ciip.shared.web.FormErrors.byField(problems, messages, locale);
    }
}
