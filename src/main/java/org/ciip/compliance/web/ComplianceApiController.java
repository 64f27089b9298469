package org.ciip.compliance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.compliance.engine.ItemResult;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Compliance", description = "Operators against Art. 39-41 on a date, with the facts and what may follow")
class ComplianceApiController {

    private final ComplianceService compliance;

    ComplianceApiController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/operators/{id}/compliance")
    @Operation(summary = "One item per Art. 39(1)-(10), 40 and 41 as the records stood on asOf (default today)")
    ComplianceService.OperatorCompliance operator(@PathVariable UUID id,
            @RequestParam(required = false) String asOf, Locale locale) {
        return compliance.forOperator(Actors.current(), id, compliance.asOf(asOf), locale);
    }

    /** A row of the matrix: an operator and its status on each item. */
    record Row(UUID operatorId, String name, String regionCode, List<String> sectors,
            Map<String, ComplianceStatus> items) {
    }

    record MatrixAnswer(LocalDate asOf, List<String> articles, Map<String, Map<ComplianceStatus, Long>> counts,
            long totalOperators, int page, int size, List<Row> operators) {
    }

    @GetMapping("/compliance/matrix")
    @Operation(summary = "A protection department's operators by item: counts, and the operators (paged); filter by "
            + "sector, region prefix, and an item's status")
    MatrixAnswer matrix(@RequestParam(required = false) String asOf, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region, @RequestParam(required = false) String article,
            @RequestParam(required = false) ComplianceStatus status, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        ComplianceService.Matrix matrix = compliance.matrix(Actors.current(), compliance.asOf(asOf), sector, region);
        PageResult<Row> shown = PageResult.slice(CompliancePages.select(matrix, article, status),
                PageQuery.of(page, size, null, Map.of(), "name"))
                .map(r -> new Row(r.operatorId(), r.name(), r.regionCode(), r.sectors(), statuses(r.items())));
        return new MatrixAnswer(matrix.asOf(), matrix.articles(), matrix.counts(), shown.totalElements(),
                shown.page(), shown.size(), shown.items());
    }

    @GetMapping("/compliance/national")
    @Operation(summary = "National aggregates by sector and province, for MPS and CAC")
    ComplianceService.National national(@RequestParam(required = false) String asOf) {
        return compliance.national(Actors.current(), compliance.asOf(asOf));
    }

    @GetMapping("/compliance/parameters")
    @Operation(summary = "The periods the rules count with, with their source and whether the law fixes them")
    List<Map<String, Object>> parameters() {
        return compliance.parameterSources();
    }

    private static Map<String, ComplianceStatus> statuses(List<ItemResult> items) {
        Map<String, ComplianceStatus> map = new java.util.LinkedHashMap<>();
        items.forEach(i -> map.put(i.article(), i.status()));
        return map;
    }
}
