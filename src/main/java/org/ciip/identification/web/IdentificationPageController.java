package org.ciip.identification.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identification.ChangeReporting;
import org.ciip.identification.CiiIdentification;
import org.ciip.identification.DecisionView;
import org.ciip.identification.FactorKey;
import org.ciip.identification.RuleFiling;
import org.ciip.identification.RuleView;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The screens of Chapter II: rules (Art. 9), the identification queue and workspace (Art. 10), change reports and
 * re-certification (Art. 11). */
@Controller
@RequestMapping("/identification")
class IdentificationPageController {

    private final RuleFiling rules;
    private final CiiIdentification decisions;
    private final ChangeReporting changes;
    private final AssetRegistry assets;
    private final org.springframework.context.MessageSource messages;
    private final org.ciip.registry.Sectors sectors;
    private final org.ciip.registry.Provinces provinces;

    IdentificationPageController(RuleFiling rules, CiiIdentification decisions, ChangeReporting changes,
            AssetRegistry assets, org.springframework.context.MessageSource messages,
            org.ciip.registry.Sectors sectors, org.ciip.registry.Provinces provinces) {
        this.messages = messages;
        this.sectors = sectors;
        this.provinces = provinces;
        this.rules = rules;
        this.decisions = decisions;
        this.changes = changes;
        this.assets = assets;
    }

    @ModelAttribute
    void reference(Model model) {
        model.addAttribute("factorKeys", FactorKey.values());
        Actor actor = Actors.current();
        model.addAttribute("isDepartment", actor.is(OrganizationKind.PROTECTION_DEPARTMENT) && actor.canWrite());
        model.addAttribute("isMps", actor.is(OrganizationKind.MPS));
        model.addAttribute("isOperator", actor.is(OrganizationKind.OPERATOR));
        model.addAttribute("departmentSectors", actor.jurisdiction().sectors().stream().sorted().toList());
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String province, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) Integer page, Model model) {
        Actor actor = Actors.current();
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            model.addAttribute("q", q);
            model.addAttribute("sector", sector);
            model.addAttribute("province", province);
            model.addAttribute("size", size);
            model.addAttribute("filtered", !org.ciip.shared.api.Validation.isBlank(q)
                    || !org.ciip.shared.api.Validation.isBlank(sector)
                    || !org.ciip.shared.api.Validation.isBlank(province));
            model.addAttribute("candidates", assets.candidates(actor, q, sector, province,
                    PageQuery.of(page, size == null ? 25 : size, null, Map.of(), "a.created_at, a.id")));
        }
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT) || actor.is(OrganizationKind.OPERATOR)) {
            model.addAttribute("reports", changes.list(actor, "OPEN", null,
                    PageQuery.of(0, 50, null, Map.of(), "c.recertification_due")));
        }
        if (actor.is(OrganizationKind.OPERATOR)) {
            model.addAttribute("ciiAssets", assets.withStatus(actor, "CII", PageQuery.of(0, 100, null, Map.of(),
                    "lower(a.name)")).items());
        }
        model.addAttribute("decisions", decisions.list(actor, null,
                PageQuery.of(0, 20, null, Map.of(), "i.decided_at desc")).items());
        return "identification/overview";
    }

    /**
     * The department's queue of candidates as CSV or XLSX, with the page's filters and order, in the reader's language.
     * Only a protection department has a queue; anyone else gets 404.
     */
    @GetMapping("/candidates/export")
    ResponseEntity<StreamingResponseBody> exportCandidates(@RequestParam(required = false) String format,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String province, java.util.Locale locale) {
        Actor actor = Actors.current();
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.notFound("The identification queue");
        }
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        var rows = org.ciip.shared.export.TableExport.all(n -> assets.candidates(actor, q, sector, province,
                PageQuery.of(n, PageQuery.MAX_SIZE, null, Map.of(), "a.created_at, a.id")).items()).stream()
                .map(a -> java.util.Arrays.<Object>asList(a.name(), a.operatorName(),
                        provinces.placeOf(a.operatorRegionCode(), chinese), sectors.find(a.sector())
                                .map(s -> chinese ? s.nameZh() : s.nameEn()).orElse(a.sector()), a.mlpsLevel(),
                        m.apply("assetKind." + a.kind()), a.coreBusiness()))
                .toList();
        return org.ciip.shared.export.TableExport.download(format, "identification-queue",
                new org.ciip.shared.export.TableExport.Table(m.apply("ident.queue"), List.of(m.apply("asset.name"),
                        m.apply("asset.operator"), m.apply("compliance.province"), m.apply("asset.sector"),
                        m.apply("asset.mlpsLevel"), m.apply("asset.kind"), m.apply("asset.coreBusiness")), rows));
    }

    // --- rules (Art. 9) ---

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.list(Actors.current(), null));
        return "identification/rules";
    }

    @GetMapping("/rules/new")
    String newRule(@RequestParam(required = false) UUID supersedes, Model model) {
        RuleForm form = new RuleForm();
        if (supersedes != null) {
            form = RuleForm.of(rules.find(Actors.current(), supersedes));
            form.setSupersedes(supersedes);
        }
        model.addAttribute("form", form);
        return "identification/rule-form";
    }

    @PostMapping("/rules")
    String createRule(@ModelAttribute("form") RuleForm form, BindingResult binding, RedirectAttributes redirect) {
        try {
            RuleView rule = rules.draft(Actors.current(), form.toDraft());
            redirect.addFlashAttribute("saved", "rule.saved");
            return "redirect:/identification/rules/" + rule.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            bindRuleProblems(e, binding);
            return "identification/rule-form";
        }
    }

    /** Definition problems name JSON paths; the editor shows them beside the text areas they come from. */
    private static void bindRuleProblems(ApiException e, BindingResult binding) {
        for (FieldProblem p : e.fieldProblems()) {
            String field = p.field();
            String target = field.startsWith("definition.levels") ? "levels"
                    : field.startsWith("definition.factors[0]") ? "importance"
                    : field.startsWith("definition.factors[1]") ? "harm"
                    : field.startsWith("definition.factors[2]") ? "crossSector"
                    : field.startsWith("definition.factors") ? "importance"
                    : field.equals("definition.threshold") ? "threshold"
                    : field.startsWith("definition") ? null : field;
            Object[] args = p.args() == null ? null : p.args().toArray();
            if (target == null) {
                binding.reject(p.code() == null ? "validation.invalid" : p.code(), args, p.message());
            } else {
                binding.rejectValue(target, p.code() == null ? "validation.invalid" : p.code(), args, p.message());
            }
        }
    }

    @GetMapping("/rules/{id}")
    String rule(@PathVariable UUID id, Model model) {
        model.addAttribute("rule", rules.find(Actors.current(), id));
        model.addAttribute("today", LocalDate.now());
        return "identification/rule";
    }

    @PostMapping("/rules/{id}/filing")
    String filing(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordDate,
            @RequestParam(required = false) String recordNumber, RedirectAttributes redirect) {
        try {
            rules.filing(Actors.current(), id, new RuleFiling.FilingRecord(recordDate, recordNumber));
            redirect.addFlashAttribute("saved", Actors.current().is(OrganizationKind.MPS) ? "rule.recorded"
                    : "rule.submitted");
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            redirect.addFlashAttribute("filingError", true);
        }
        return "redirect:/identification/rules/" + id;
    }

    @PostMapping("/rules/{id}/activation")
    String activate(@PathVariable UUID id, RedirectAttributes redirect) {
        rules.activate(Actors.current(), id);
        redirect.addFlashAttribute("saved", "rule.activated");
        return "redirect:/identification/rules/" + id;
    }

    // --- identification (Art. 10) ---

    @GetMapping("/assets/{assetId}/identify")
    String workspace(@PathVariable UUID assetId, @RequestParam(required = false) UUID ruleId, Model model) {
        DecisionForm form = new DecisionForm();
        form.setRuleId(ruleId);
        return workspace(assetId, null, form, model);
    }

    private String workspace(UUID assetId, UUID changeReportId, DecisionForm form, Model model) {
        Actor actor = Actors.current();
        AssetRegistry.AssetSummary asset = assets.visible(actor, assetId);
        List<RuleView> usable = rules.list(actor, "ACTIVE").stream().filter(r -> r.sector().equals(asset.sector()))
                .toList();
        if (form.getRuleId() == null && !usable.isEmpty()) {
            form.setRuleId(usable.getFirst().id());
        }
        model.addAttribute("asset", asset);
        model.addAttribute("usableRules", usable);
        model.addAttribute("rule", usable.stream().filter(r -> r.id().equals(form.getRuleId())).findFirst()
                .orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("changeReport", changeReportId == null ? null : changes.find(actor, changeReportId));
        return "identification/workspace";
    }

    @PostMapping("/assets/{assetId}/identify")
    String identify(@PathVariable UUID assetId, @ModelAttribute("form") DecisionForm form, BindingResult binding,
            Model model) {
        try {
            DecisionView decision = decisions.identify(Actors.current(), form.toRequest(assetId));
            return "redirect:/identification/decisions/" + decision.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return workspace(assetId, null, form, model);
        }
    }

    @PostMapping("/preview")
    String preview(@ModelAttribute("form") DecisionForm form, Model model) {
        try {
            model.addAttribute("evaluation", decisions.preview(Actors.current(), form.getRuleId(), form.getRatings()));
        } catch (ApiException e) {
            model.addAttribute("evaluation", null);
        }
        return "identification/workspace :: recommendation";
    }

    @GetMapping("/decisions")
    String decisions(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("decisions", decisions.list(Actors.current(), null,
                PageQuery.of(page, 25, null, Map.of(), "i.decided_at desc")));
        return "identification/decisions";
    }

    @GetMapping("/decisions/{id}")
    String decision(@PathVariable UUID id, Model model) {
        DecisionView decision = decisions.find(Actors.current(), id);
        model.addAttribute("decision", decision);
        model.addAttribute("rule", rules.ruleOfDecision(decision.ruleId()));
        return "identification/decision";
    }

    /** The decision's notice as a PDF in Chinese or English (?lang=zh or en; default: the reader's language). */
    @GetMapping("/decisions/{id}/document")
    org.springframework.http.ResponseEntity<byte[]> decisionDocument(@PathVariable UUID id,
            @RequestParam(required = false) String lang, java.util.Locale locale) {
        DecisionView decision = decisions.find(Actors.current(), id);
        java.util.Locale chosen = lang == null || lang.isBlank() ? locale
                : "zh".equalsIgnoreCase(lang.trim()) ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
        return DecisionDocument.pdf(decision, rules.ruleOfDecision(decision.ruleId()), chosen, messages);
    }

    // --- change reports and re-certification (Art. 11) ---

    @GetMapping("/change-reports")
    String reports(@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute("overdueOnly", Boolean.TRUE.equals(overdue));
        model.addAttribute("reports", changes.list(Actors.current(), null, overdue,
                PageQuery.of(page, 25, null, Map.of(), "c.recertification_due")));
        return "identification/change-reports";
    }

    @GetMapping("/change-reports/new")
    String newReport(@RequestParam UUID assetId, Model model) {
        model.addAttribute("asset", assets.visible(Actors.current(), assetId));
        model.addAttribute("form", new ChangeReportForm());
        return "identification/change-report-form";
    }

    @PostMapping("/change-reports")
    String report(@RequestParam UUID assetId, @ModelAttribute("form") ChangeReportForm form, BindingResult binding,
            Model model) {
        try {
            var report = changes.report(Actors.current(), new ChangeReporting.NewChangeReport(assetId,
                    form.getWhatChanged(), form.getChangedOn(), form.getWhyItMayAffect()));
            return "redirect:/identification/change-reports/" + report.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            model.addAttribute("asset", assets.visible(Actors.current(), assetId));
            return "identification/change-report-form";
        }
    }

    @GetMapping("/change-reports/{id}")
    String changeReport(@PathVariable UUID id, Model model) {
        var report = changes.find(Actors.current(), id);
        model.addAttribute("report", report);
        model.addAttribute("recertification", report.recertificationId() == null ? null
                : decisions.find(Actors.current(), report.recertificationId()));
        return "identification/change-report";
    }

    @GetMapping("/change-reports/{id}/recertify")
    String recertifyForm(@PathVariable UUID id, @RequestParam(required = false) UUID ruleId, Model model) {
        var report = changes.find(Actors.current(), id);
        DecisionForm form = new DecisionForm();
        form.setRuleId(ruleId);
        return workspace(report.assetId(), id, form, model);
    }

    @PostMapping("/change-reports/{id}/recertify")
    String recertify(@PathVariable UUID id, @ModelAttribute("form") DecisionForm form, BindingResult binding,
            Model model) {
        var report = changes.find(Actors.current(), id);
        try {
            DecisionView decision = changes.recertify(Actors.current(), id, form.toRequest(null));
            return "redirect:/identification/decisions/" + decision.id();
        } catch (ApiException e) {
            if (e.getStatusCode() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            FormErrors.bind(e, binding);
            return workspace(report.assetId(), id, form, model);
        }
    }

    /** The change report form. */
    public static class ChangeReportForm {
        private String whatChanged;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate changedOn;
        private String whyItMayAffect;

        public String getWhatChanged() { return whatChanged; }
        public void setWhatChanged(String whatChanged) { this.whatChanged = whatChanged; }
        public LocalDate getChangedOn() { return changedOn; }
        public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
        public String getWhyItMayAffect() { return whyItMayAffect; }
        public void setWhyItMayAffect(String whyItMayAffect) { this.whyItMayAffect = whyItMayAffect; }
    }
}
