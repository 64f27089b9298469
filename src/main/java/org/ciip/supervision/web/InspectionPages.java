package org.ciip.supervision.web;

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
import org.ciip.supervision.InspectionConduct;
import org.ciip.supervision.InspectionPlanning;
import org.ciip.supervision.InspectionRequest;
import org.ciip.supervision.InspectionStatus;
import org.ciip.supervision.InspectionTopic;
import org.ciip.supervision.InspectionView;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The pages of inspections (Art. 26-28, 42, 45): the list, the planning form and one inspection with its steps. */
@Controller
class InspectionPages {

    private final InspectionPlanning planning;
    private final InspectionConduct conduct;
    private final MessageSource messages;

    InspectionPages(InspectionPlanning planning, InspectionConduct conduct, MessageSource messages) {
        this.planning = planning;
        this.conduct = conduct;
        this.messages = messages;
    }

    static boolean mayPlan(Actor actor) {
        return InspectionPlanning.INSPECTORS.contains(actor.organizationKind()) && actor.canWrite();
    }

    @GetMapping("/inspections")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model) {
        Actor actor = Actors.current();
        model.addAttribute("inspections", planning.list(actor, Validation.filter(InspectionStatus.class, status,
                "status"), q, null, null, PageQuery.of(page, size == null ? 25 : size, null, Map.of(), "starts_on")));
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", InspectionStatus.values());
        model.addAttribute("mayPlan", mayPlan(actor));
        model.addAttribute("national", actor.is(OrganizationKind.CAC));
        return "supervision/inspections";
    }

    /** The list as CSV or XLSX, with the list's filters. */
    @GetMapping("/inspections/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q, Locale locale) {
        Actor actor = Actors.current();
        InspectionStatus filter = Validation.filter(InspectionStatus.class, status, "status");
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> planning.list(actor, filter, q, null, null,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "starts_on")).items()).stream()
                .map(s -> java.util.Arrays.<Object>asList(s.number(), s.title(), s.operatorName(), s.leadName(),
                        s.joint(), m.apply("inspectionKind." + s.kind()), s.startsOn(), s.endsOn(), s.openFindings(),
                        m.apply("inspectionStatus." + s.status())))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "inspections",
                new org.ciip.shared.export.TableExport.Table(m.apply("inspection.list"), List.of(
                        m.apply("inspection.number"), m.apply("inspection.title"), m.apply("testing.operator"),
                        m.apply("inspection.lead"), m.apply("inspection.joint"), m.apply("inspection.kind"),
                        m.apply("inspection.startsOn"), m.apply("inspection.endsOn"),
                        m.apply("inspection.openFindings"), m.apply("inspection.status")), rows));
    }

    /** The planning form as posted. */
    record PlanForm(UUID operatorId, String kind, String title, List<String> topics, List<UUID> assetIds,
            String startsOn, String endsOn, String team) {
    }

    @GetMapping("/inspections/new")
    String newInspection(@RequestParam(required = false) UUID operatorId, Model model, Locale locale) {
        return form(new PlanForm(operatorId, "INSPECTION", null, List.of(), List.of(), null, null, null), List.of(),
                model, locale);
    }

    private String form(PlanForm form, List<FieldProblem> problems, Model model, Locale locale) {
        Actor actor = Actors.current();
        if (!mayPlan(actor)) {
            throw ApiException.forbidden("A protection department, CAC, MPS, a public security organ or the state "
                    + "security, secrecy or cryptography administration plans inspections (Art. 26-28).");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", FormErrors.byField(problems, messages, locale));
        model.addAttribute("operators", planning.inspectableOperators(actor, null));
        model.addAttribute("assets", form.operatorId() == null ? List.of()
                : planning.ciiAssets(actor, form.operatorId()));
        model.addAttribute("topics", InspectionTopic.values());
        model.addAttribute("basis", InspectionPlanning.basisOf(actor.organizationKind()));
        model.addAttribute("window", planning.overlapWindow());
        return "supervision/inspection-form";
    }

    @PostMapping("/inspections")
    String plan(@RequestParam(required = false) UUID operatorId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String title, @RequestParam(required = false) List<String> topics,
            @RequestParam(required = false) List<UUID> assetIds, @RequestParam(required = false) String startsOn,
            @RequestParam(required = false) String endsOn, @RequestParam(required = false) String team,
            @RequestParam(required = false) String chooseOperator, Model model, Locale locale) {
        PlanForm form = new PlanForm(operatorId, kind, title, topics == null ? List.of() : topics,
                assetIds == null ? List.of() : assetIds, startsOn, endsOn, team);
        if (chooseOperator != null) {
            return form(form, List.of(), model, locale);
        }
        try {
            InspectionView planned = planning.plan(Actors.current(), new InspectionRequest(operatorId, kind, null,
                    title, form.topics(), form.assetIds(), FormValues.date(startsOn, "startsOn"),
                    FormValues.date(endsOn, "endsOn"), team));
            return "redirect:/inspections/" + planned.id() + "?planned";
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            return form(form, e.fieldProblems(), model, locale);
        }
    }

    @GetMapping("/inspections/{id}")
    String show(@PathVariable UUID id, Model model) {
        Actor actor = Actors.current();
        InspectionView i = planning.find(actor, id);
        boolean operator = i.operatorId().equals(actor.organizationId()) && actor.canWrite();
        boolean team = i.inspectedBy(actor.organizationId()) && actor.canWrite();
        model.addAttribute("i", i);
        model.addAttribute("operator", operator);
        model.addAttribute("team", team);
        model.addAttribute("open", i.status().open());
        model.addAttribute("kinds", InspectionConduct.NON_COOPERATION);
        // a failure to cooperate that stands may become a case under Art. 42, opened by a competent body of the team
        model.addAttribute("mayOpenCase", team && i.nonCooperation().stream().anyMatch(n -> n.clearedOn() == null)
                && org.ciip.enforcement.EnforcementCases.mayOpen(actor, "42"));
        return "supervision/inspection";
    }

    @PostMapping("/inspections/{id}/merger")
    String merge(@PathVariable UUID id, @RequestParam(required = false) UUID intoId, RedirectAttributes redirect,
            Locale locale) {
        List<UUID> into = new ArrayList<>();
        boolean done = FormErrors.step(redirect, messages, locale, "inspection.done.merged",
                () -> into.add(planning.merge(Actors.current(), id, intoId).id()));
        return "redirect:/inspections/" + (done ? into.getFirst() : id);
    }

    @PostMapping("/inspections/{id}/confirmation")
    String confirm(@PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.confirmed", () -> conduct.confirm(Actors.current(), id));
    }

    @PostMapping("/inspections/{id}/attendance")
    String attend(@PathVariable UUID id, @RequestParam(required = false) String attendees,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.attendance",
                () -> conduct.recordAttendance(Actors.current(), id, attendees));
    }

    @PostMapping("/inspections/{id}/documents")
    String provide(@PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.document", () -> provide(conduct, id, file));
    }

    static InspectionView provide(InspectionConduct conduct, UUID id, MultipartFile file) {
        return conduct.provideDocument(Actors.current(), id, file == null ? null : file.getOriginalFilename(),
                InspectionApiController.bytes(file));
    }

    @GetMapping("/inspections/{id}/documents/{documentId}")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId) {
        return download(conduct, id, documentId);
    }

    static ResponseEntity<byte[]> download(InspectionConduct conduct, UUID id, UUID documentId) {
        InspectionConduct.DocumentContent content = conduct.document(Actors.current(), id, documentId);
        return InspectionApiController.attachment(content.fileName(), content.contentType(), content.bytes());
    }

    @PostMapping("/inspections/{id}/findings")
    String addFinding(@PathVariable UUID id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String severity, @RequestParam(required = false) String rectifyBy,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.finding", () -> conduct.recordFinding(Actors.current(), id,
                title, severity, FormValues.date(rectifyBy, "rectifyBy")));
    }

    @PostMapping("/inspections/{id}/findings/{seq}/rectification")
    String rectify(@PathVariable UUID id, @PathVariable int seq, @RequestParam(required = false) String rectification,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.rectified",
                () -> conduct.rectify(Actors.current(), id, seq, rectification));
    }

    @PostMapping("/inspections/{id}/findings/{seq}/verification")
    String verify(@PathVariable UUID id, @PathVariable int seq, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.verified",
                () -> conduct.verify(Actors.current(), id, seq));
    }

    @PostMapping("/inspections/{id}/non-cooperation")
    String nonCooperation(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String facts, @RequestParam(required = false) String occurredOn,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.nonCooperation", () -> conduct.recordNonCooperation(
                Actors.current(), id, kind, facts, FormValues.date(occurredOn, "occurredOn")));
    }

    @PostMapping("/inspections/{id}/non-cooperation/{recordId}/clearance")
    String clear(@PathVariable UUID id, @PathVariable UUID recordId, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.cleared",
                () -> conduct.clearNonCooperation(Actors.current(), id, recordId, note));
    }

    @PostMapping("/inspections/{id}/closure")
    String close(@PathVariable UUID id, @RequestParam(required = false) String conclusion,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.closed",
                () -> conduct.close(Actors.current(), id, conclusion));
    }

    @PostMapping("/inspections/{id}/conduct-reports")
    String reportConduct(@PathVariable UUID id, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String description, @RequestParam(required = false) String amount,
            RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "inspection.done.conduct", () -> conduct.reportConduct(Actors.current(), id,
                kind, description, FormValues.amount(amount, "amount")));
    }

    private String step(UUID id, RedirectAttributes redirect, Locale locale, String doneKey, Runnable work) {
        FormErrors.step(redirect, messages, locale, doneKey, work);
        return "redirect:/inspections/" + id;
    }

}
