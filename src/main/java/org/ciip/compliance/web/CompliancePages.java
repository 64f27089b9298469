package org.ciip.compliance.web;

import java.time.LocalDate;
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
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    private final java.time.Clock clock;

    CompliancePages(ComplianceService compliance, MessageSource messages, org.ciip.registry.Sectors sectors,
            org.ciip.registry.Provinces provinces, java.time.Clock clock) {
        this.clock = clock;
        this.compliance = compliance;
        this.messages = messages;
        this.sectors = sectors;
        this.provinces = provinces;
    }

    /**
     * The tab of the security program page that holds the records of an item (its link from the scorecard opens it);
     * an item whose records lie in several tabs, or none, opens the duties.
     */
    static final java.util.Map<String, String> PROGRAM_SECTIONS = java.util.Map.of("39(2)", "planning",
            "39(4)", "institution", "39(5)", "people", "39(6)", "decisions", "39(8)", "assessments",
            "39(9)", "procurement", "39(10)", "changes", "41", "procurement");

    /** How long home's national heat map is reused before it is evaluated again: it evaluates every operator. */
    static final java.time.Duration NATIONAL_HEAT_REUSE = java.time.Duration.ofMinutes(10);

    /**
     * A province on the heat map: its operators whose duties apply (they hold CII) and how many of them have a duty
     * not met, as a share and a level of colour (0 none, 1 below 10 %, 2 below 25 %, 3 below 50 %, 4 from 50 %).
     */
    record ProvinceHeat(String code, String name, long operators, long notMet, int percent, int level) {

        static ProvinceHeat of(String code, String name, long operators, long notMet) {
            int percent = operators == 0 ? 0 : (int) Math.round(100.0 * notMet / operators);
            int level = notMet == 0 ? 0 : percent < 10 ? 1 : percent < 25 ? 2 : percent < 50 ? 3 : 4;
            return new ProvinceHeat(code, name, operators, notMet, percent, level);
        }
    }

    private record NationalHeat(LocalDate asOf, java.time.Instant at, List<ComplianceService.Group> byProvince) {
    }

    private final java.util.concurrent.atomic.AtomicReference<NationalHeat> nationalHeat =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * Compliance by province as a heat map, a fragment for home: a department's operators (each province opens the
     * matrix of its operators there), or every operator for MPS and CAC, evaluated at most every ten minutes.
     */
    @GetMapping("/compliance/provinces")
    String provinceHeat(Model model, Locale locale) {
        Actor actor = Actors.current();
        boolean national = actor.jurisdiction().seesNationalAggregates();
        if (!national && !actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.notFound("Compliance by province");
        }
        boolean chinese = "zh".equals(locale.getLanguage());
        LocalDate asOf = compliance.today();
        List<ProvinceHeat> heat;
        java.time.Instant at;
        if (national) {
            NationalHeat cached = nationalHeat.get();
            java.time.Instant now = clock.instant();
            if (cached == null || !cached.asOf().equals(asOf) || cached.at().plus(NATIONAL_HEAT_REUSE).isBefore(now)) {
                cached = new NationalHeat(asOf, now, compliance.national(actor, asOf).byProvince());
                nationalHeat.set(cached);
            }
            at = cached.at();
            heat = cached.byProvince().stream().map(g -> ProvinceHeat.of(g.key(), provinces.nameOf(g.key(), chinese),
                    g.ciiOperators(), g.anyNonCompliant())).toList();
        } else {
            at = clock.instant();
            java.util.Map<String, long[]> counts = new java.util.TreeMap<>();
            for (ComplianceService.OperatorRow row : compliance.matrix(actor, asOf, null, null).operators()) {
                if (row.items().getFirst().status() == ComplianceStatus.NOT_APPLICABLE) {
                    continue; // no CII: no duty applies
                }
                long[] c = counts.computeIfAbsent(row.regionCode().substring(0, 2), k -> new long[2]);
                c[0]++;
                if (row.items().stream().anyMatch(i -> i.status() == ComplianceStatus.NON_COMPLIANT)) {
                    c[1]++;
                }
            }
            heat = counts.entrySet().stream().map(e -> ProvinceHeat.of(e.getKey(), provinces.nameOf(e.getKey(),
                    chinese), e.getValue()[0], e.getValue()[1])).toList();
        }
        model.addAttribute("heat", heat.stream().filter(h -> h.operators() > 0).toList());
        model.addAttribute("national", national);
        model.addAttribute("evaluatedAt", at);
        return "compliance/provinces";
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
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String asOf, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) String article,
            @RequestParam(required = false) ComplianceStatus status, Locale locale) {
        ComplianceService.Matrix matrix = compliance.matrix(Actors.current(), compliance.asOf(asOf), sector, region);
        return org.ciip.shared.export.TableExport.download(format, "compliance-matrix-" + matrix.asOf(),
                new MatrixDocuments(messages, sectors, provinces, locale).table(matrix, select(matrix, article, status)));
    }

    /** The matrix as a PDF in Chinese or English (?lang=zh or en; default: the reader's language). */
    /**
     * A table of the national compliance page (MPS and CAC) as CSV or XLSX: {@code items}, operators by status of each
     * item; {@code sectors} or {@code provinces}, each group's operators, those with CII, those with any item not met
     * and those not meeting each item.
     */
    @GetMapping("/compliance/national/{table}/export")
    ResponseEntity<StreamingResponseBody> exportNational(@PathVariable String table,
            @RequestParam(required = false) String format, @RequestParam(required = false) String asOf,
            Locale locale) {
        Actor actor = Actors.current();
        if (!actor.jurisdiction().seesNationalAggregates() || !List.of("items", "sectors", "provinces")
                .contains(table)) {
            throw ApiException.notFound("National compliance");
        }
        ComplianceService.National national = compliance.national(actor, compliance.asOf(asOf));
        var m = org.ciip.shared.export.TableExport.labels(messages, locale);
        boolean chinese = "zh".equals(locale.getLanguage());
        List<String> headers = new java.util.ArrayList<>();
        List<List<Object>> rows = new java.util.ArrayList<>();
        if (table.equals("items")) {
            headers.add(m.apply("compliance.item"));
            headers.add(m.apply("export.compliance.article"));
            java.util.Arrays.stream(ComplianceStatus.values()).forEach(st -> headers.add(m.apply("complianceStatus."
                    + st.name())));
            java.util.Map<String, String> titles = titles(locale);
            for (String a : ComplianceRules.ARTICLES) {
                List<Object> row = new java.util.ArrayList<>(List.of(titles.get(a),
                        org.ciip.shared.Citation.of(a, chinese)));
                java.util.Arrays.stream(ComplianceStatus.values()).forEach(st -> row.add(national.counts().get(a)
                        .get(st)));
                rows.add(row);
            }
        } else {
            boolean bySector = table.equals("sectors");
            headers.addAll(List.of(m.apply(bySector ? "asset.sector" : "compliance.province"),
                    m.apply("compliance.operators"), m.apply("compliance.ciiOperators"),
                    m.apply("compliance.anyNonCompliant")));
            ComplianceRules.ARTICLES.forEach(a -> headers.add(org.ciip.shared.Citation.of(a, chinese)));
            for (ComplianceService.Group g : bySector ? national.bySector() : national.byProvince()) {
                List<Object> row = new java.util.ArrayList<>(List.of(bySector ? sectors.find(g.key())
                        .map(x -> chinese ? x.nameZh() : x.nameEn()).orElse(g.key())
                        : provinces.nameOf(g.key(), chinese), g.operators(), g.ciiOperators(), g.anyNonCompliant()));
                ComplianceRules.ARTICLES.forEach(a -> row.add(g.nonCompliant().get(a)));
                rows.add(row);
            }
        }
        return org.ciip.shared.export.TableExport.download(format, "national-compliance-" + table + "-"
                + national.asOf(), new org.ciip.shared.export.TableExport.Table(m.apply("compliance.nationalTitle"),
                headers, rows));
    }

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
        model.addAttribute("programSections", PROGRAM_SECTIONS);
        model.addAttribute("mayOpenCase", org.ciip.enforcement.EnforcementCases.mayOpenCases(actor)
                && !id.equals(actor.organizationId()));
        return "compliance/scorecard";
    }
}
