package org.ciip.enforcement.penalty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.ciip.enforcement.PenaltyRanges;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.FieldProblem;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/penalties")
@Tag(name = "Penalties", description = "What may follow a breach of Chapter V (Art. 39-45), from the penalty table")
class PenaltyApiController {

    private final PenaltyRanges penalties;

    PenaltyApiController(PenaltyRanges penalties) {
        this.penalties = penalties;
    }

    /** {@code item} selects Art. 39's item (1 to 10) when {@code article} is "39". */
    record RangeRequest(String article, Integer item, BigDecimal purchaseAmount) {
    }

    @PostMapping("/ranges")
    @Operation(summary = "The fine ranges for the unit and the directly responsible persons; Art. 41 from the "
            + "purchase amount (1 to 10 times)")
    PenaltyRanges.Consequence ranges(@RequestBody RangeRequest request, Locale locale) {
        if (request.article() == null || request.article().isBlank()) {
            throw ApiException.invalid(List.of(new FieldProblem("article", "is required", null,
                    "validation.required", List.of())));
        }
        String article = request.article().trim();
        if (request.item() != null) {
            if (!article.equals("39") || request.item() < 1 || request.item() > 10) {
                throw ApiException.invalid(List.of(new FieldProblem("item", "is an item of Art. 39, from 1 to 10",
                        null, "validation.range", List.of(1, 10))));
            }
            article = "39(" + request.item() + ")";
        }
        return penalties.consequence(article, request.purchaseAmount(), locale);
    }
}
