package org.ciip.obligations.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.ciip.obligations.assessment.AssessmentService;
import org.ciip.obligations.assessment.AssessmentStatus;
import org.ciip.obligations.Procurement;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assessments (operators, departments, agencies) and supplier agreements (suppliers) in the browser. */
@Controller
class PartyPageController {

    private final AssessmentService assessments;
    private final Procurement procurement;
    private final PageForms forms;
    private final org.springframework.context.MessageSource messages;

    PartyPageController(AssessmentService assessments, Procurement procurement, PageForms forms,
            org.springframework.context.MessageSource messages) {
        this.assessments = assessments;
        this.procurement = procurement;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/assessments")
    String assessments(@RequestParam(required = false) UUID operatorId, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("assessments", assessments.page(Actors.current(), operatorId,
                PageQuery.of(page, 25, null, Map.of(), "s.ended_on")));
        return "obligations/assessments";
    }

    /** The assessments as CSV or XLSX, as the page lists them (of one operator when it names one). */
    @GetMapping("/assessments/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportAssessments(@RequestParam(required = false) String format,
            @RequestParam(required = false) UUID operatorId, Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> assessments.page(actor, operatorId, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, Map.of(), "s.ended_on")).items()).stream()
                .map(s -> java.util.Arrays.<Object>asList(s.operatorName(), s.assetName(), s.year(),
                        s.agencyName() == null ? m.apply("performer.SELF") : s.agencyName(), s.startedOn(),
                        s.endedOn(), s.findings(), s.openFindings(), s.overdueFindings(),
                        m.apply("assessmentStatus." + s.status())))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "assessments",
                new org.ciip.shared.export.TableExport.Table(m.apply("program.assessments"), java.util.List.of(
                        m.apply("program.operator"), m.apply("program.asset"), m.apply("program.year"),
                        m.apply("program.performer"), m.apply("program.startedOn"), m.apply("program.endedOn"),
                        m.apply("program.findings"), m.apply("export.assessment.openFindings"),
                        m.apply("export.assessment.overdueFindings"), m.apply("program.status")), rows));
    }

    @GetMapping("/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        return renderAssessment(id, model, null, Map.of(), Map.of());
    }

    @PostMapping("/assessments/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> form,
            Model model, Locale locale, RedirectAttributes redirect) {
        Actor actor = Actors.current();
        Supplier<Object> work = switch (action) {
            case "finding" -> () -> assessments.addFinding(actor, id,
                    forms.read(form, AssessmentService.FindingRequest.class));
            case "rectification" -> () -> assessments.rectify(actor, id, UUID.fromString(form.get("findingId")),
                    forms.read(form, AssessmentService.RectificationRequest.class));
            case "submission" -> () -> assessments.submit(actor, id);
            case "decision" -> () -> assessments.decide(actor, id,
                    forms.read(form, AssessmentService.DecisionRequest.class));
            default -> throw ApiException.notFound("Action " + action);
        };
        String formKey = action + (form.containsKey("findingId") ? ":" + form.get("findingId") : "");
        return forms.submit(work, formKey, form, locale,
                (key, errors) -> renderAssessment(id, model, key, form, errors), redirect, action,
                "/assessments/" + id);
    }

    private String renderAssessment(UUID id, Model model, String openForm, Map<String, String> values,
            Map<String, String> errors) {
        Actor actor = Actors.current();
        AssessmentService.AssessmentView assessment = assessments.get(actor, id);
        model.addAttribute("assessment", assessment);
        boolean operator = assessment.operatorId().equals(actor.organizationId()) && actor.canWrite();
        boolean agency = assessment.agencyId() != null && assessment.agencyId().equals(actor.organizationId())
                && actor.canWrite();
        boolean open = assessment.status() == AssessmentStatus.DRAFT
                || assessment.status() == AssessmentStatus.RETURNED;
        model.addAttribute("canAddFindings", (operator || agency) && open);
        model.addAttribute("canRectify", operator);
        model.addAttribute("canSubmit", operator && open);
        model.addAttribute("canDecide", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite()
                && assessment.status() == AssessmentStatus.SUBMITTED);
        model.addAttribute("openForm", openForm);
        model.addAttribute("requiredFields", RequiredFields.PROGRAM);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "obligations/assessment";
    }

    @GetMapping("/agreements")
    String agreements(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("agreements", procurement.agreements(Actors.current(),
                PageQuery.of(page, 25, null, Map.of(), "g.signed_on")));
        return "obligations/agreements";
    }

    /** The agreements as CSV or XLSX: who signed what with whom, until when, and whether the supplier acknowledged. */
    @GetMapping("/agreements/export")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody>
            exportAgreements(@RequestParam(required = false) String format, Locale locale) {
        Actor actor = Actors.current();
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        var rows = org.ciip.shared.export.TableExport.all(n -> procurement.agreements(actor, PageQuery.of(n,
                PageQuery.MAX_SIZE, null, Map.of(), "g.signed_on")).items()).stream()
                .map(g -> java.util.Arrays.<Object>asList(g.item(), g.operatorName(), g.supplierName(),
                        g.signedOn(), g.expiresOn(), g.expired(), g.obligations(), g.acknowledgedAt(),
                        g.acknowledgedBy()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "agreements",
                new org.ciip.shared.export.TableExport.Table(m.apply("program.agreements"), java.util.List.of(
                        m.apply("program.item"), m.apply("program.operator"), m.apply("program.supplier"),
                        m.apply("program.signedOn"), m.apply("program.expiresOn"), m.apply("export.agreement.expired"),
                        m.apply("program.obligations"), m.apply("export.agreement.acknowledgedAt"),
                        m.apply("export.agreement.acknowledgedBy")), rows));
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable UUID id, Model model) {
        Procurement.AgreementView agreement = procurement.agreement(Actors.current(), id);
        model.addAttribute("agreements", new PageResult<>(java.util.List.of(agreement), 0, 1, 1, 1));
        model.addAttribute("single", true);
        return "obligations/agreements";
    }

    @PostMapping("/agreements/{id}/acknowledgement")
    String acknowledge(@PathVariable UUID id, Locale locale, RedirectAttributes redirect) {
        try {
            procurement.acknowledge(Actors.current(), id);
            redirect.addFlashAttribute("saved", "acknowledged");
        } catch (ApiException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("refusal", e.getStatusCode() == HttpStatus.FORBIDDEN
                    ? messages.getMessage("error.forbidden", null, locale) : e.getMessage());
        }
        return "redirect:/agreements";
    }
}
