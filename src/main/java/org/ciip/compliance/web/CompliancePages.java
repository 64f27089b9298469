package org.ciip.compliance.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ciip.compliance.engine.ComplianceRules;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.shared.Actor;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance dashboards: a protection department's matrix of its operators by item, each cell drilling down to the
 * operators and the facts; national aggregates for MPS and CAC; an operator's scorecard.
 */
@Controller
class CompliancePages {

    private static final int DRILL_PAGE_SIZE = 25;

    private final ComplianceService compliance;
    private final MessageSource messages;
    private final org.ciip.registry.Sectors sectors;
    private final org.ciip.registry.Provinces provinces;

    CompliancePages(ComplianceService compliance, MessageSource messages, org.ciip.registry.Sectors sectors,
            org.ciip.registry.Provinces provinces) {
        this.compliance = compliance;
        this.messages = messages;
        this.sectors = sectors;
        this.provinces = provinces;
    }

    /** The operators of a matrix with {@code status} on {@code article}; all when either is absent. */
    static List<ComplianceService.OperatorRow> select(ComplianceService.Matrix matrix, String article,
            ComplianceStatus status) {
        if (article == null || article.isBlank() || status == null) {
            return matrix.operators();
        }
        if (!ComplianceRules.ARTICLES.contains(article)) {
            throw ApiException.invalid("article", "must be one of " + ComplianceRules.ARTICLES);
        }
        return matrix.operators().stream().filter(r -> r.item(article).status() == status).toList();
    }

    @GetMapping("/compliance")
    String dashboard(@RequestParam(required = false) String asOf, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) String article,
            @RequestParam(required = false) ComplianceStatus status, @RequestParam(required = false) Integer page,
            Model model, Locale locale) {
        Actor actor = Actors.current();
        if (actor.is(OrganizationKind.OPERATOR)) {
            return "redirect:/operators/" + actor.organizationId() + "/compliance";
        }
        model.addAttribute("articles", ComplianceRules.ARTICLES);
        model.addAttribute("statuses", ComplianceStatus.values());
        if (actor.jurisdiction().seesNationalAggregates()) {
            ComplianceService.National national = compliance.national(actor, compliance.asOf(asOf));
            model.addAttribute("national", national);
            chart(model, locale, a -> national.counts().get(a).get(ComplianceStatus.NON_COMPLIANT));
            model.addAttribute("itemTitles", titles(locale));
            return "compliance/national";
        }
        ComplianceService.Matrix matrix = compliance.matrix(actor, compliance.asOf(asOf), sector, region);
        model.addAttribute("matrix", matrix);
        model.addAttribute("sector", sector);
        model.addAttribute("region", region);
        model.addAttribute("sectors", actor.jurisdiction().sectors().stream().sorted().toList());
        chart(model, locale, a -> matrix.count(a, ComplianceStatus.NON_COMPLIANT));
        model.addAttribute("itemTitles", titles(locale));
        if (article != null && status != null) {
            model.addAttribute("article", article);
            model.addAttribute("status", status);
            model.addAttribute("drill", PageResult.slice(select(matrix, article, status),
                    PageQuery.of(page, DRILL_PAGE_SIZE, null, java.util.Map.of(), "name"))
                    .map(r -> new DrillRow(r, compliance.word(r.item(article), r.operatorId(), locale))));
        }
        return "compliance/matrix";
    }

    /** A bar chart of non-compliant operators by item, drawn by ciip.js from data attributes. */
    private void chart(Model model, Locale locale, java.util.function.Function<String, Long> nonCompliant) {
        model.addAttribute("chartLabels", ComplianceRules.ARTICLES.stream()
                .map(a -> org.ciip.shared.Citation.of(a, "zh".equals(locale.getLanguage())))
                .collect(Collectors.joining("|")));
        model.addAttribute("chartValues", ComplianceRules.ARTICLES.stream()
                .map(a -> String.valueOf(nonCompliant.apply(a))).collect(Collectors.joining(",")));
    }

    private java.util.Map<String, String> titles(Locale locale) {
        java.util.Map<String, String> titles = new java.util.LinkedHashMap<>();
        ComplianceRules.ARTICLES.forEach(a -> titles.put(a, messages.getMessage(
                "complianceItem." + a.replace("(", "_").replace(")", ""), null, locale)));
        return titles;
    }

    /**
     * The matrix's operators as shown (date, sector, region and, when a cell is open, its item and status) as CSV or
     * XLSX, each operator with the status of every item.
     */
    @GetMapping("/compliance/export")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) String article,
            @RequestParam(required = false) ComplianceStatus status, Locale locale) {
        ComplianceService.Matrix matrix = compliance.matrix(Actors.current(), compliance.asOf(asOf), sector, region);
        return org.ciip.shared.export.TableExport.download(format, "compliance-matrix-" + matrix.asOf(),
                new MatrixDocuments(messages, sectors, provinces, locale).table(matrix, select(matrix, article, status)));
    }

    /** The matrix as a PDF in Chinese or English (?lang=zh or en; default: the reader's language). */
    @GetMapping("/compliance/document")
    org.springframework.http.ResponseEntity<byte[]> matrixDocument(@RequestParam(required = false) String asOf,
            @RequestParam(required = false) String sector, @RequestParam(required = false) String region,
            @RequestParam(required = false) String lang, Locale locale) {
        ComplianceService.Matrix matrix = compliance.matrix(Actors.current(), compliance.asOf(asOf), sector, region);
        return new MatrixDocuments(messages, sectors, provinces, chosen(lang, locale)).pdf(matrix, sector, region);
    }

    private static Locale chosen(String lang, Locale locale) {
        return lang == null || lang.isBlank() ? locale
                : "zh".equalsIgnoreCase(lang.trim()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    record DrillRow(ComplianceService.OperatorRow operator, ComplianceService.Item item) {
    }

    /** The scorecard as a PDF in Chinese or English (?lang=zh or en; default: the reader's language). */
    @GetMapping("/operators/{id}/compliance/document")
    org.springframework.http.ResponseEntity<byte[]> document(@PathVariable UUID id,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String lang, Locale locale) {
        Locale chosen = chosen(lang, locale);
        return ScorecardDocument.pdf(compliance.forOperator(Actors.current(), id, compliance.asOf(asOf), chosen),
                chosen, messages);
    }

    @GetMapping("/operators/{id}/compliance")
    String scorecard(@PathVariable UUID id, @RequestParam(required = false) String asOf, Model model,
            Locale locale) {
        Actor actor = Actors.current();
        ComplianceService.OperatorCompliance card = compliance.forOperator(actor, id, compliance.asOf(asOf), locale);
        model.addAttribute("card", card);
        model.addAttribute("today", compliance.today());
        model.addAttribute("isOwn", id.equals(actor.organizationId()));
        model.addAttribute("mayOpenCase", org.ciip.enforcement.EnforcementCases.mayOpenCases(actor)
                && !id.equals(actor.organizationId()));
        return "compliance/scorecard";
    }
}
