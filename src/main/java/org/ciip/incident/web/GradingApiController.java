package org.ciip.incident.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;
import org.ciip.incident.grading.GradingService;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Incidents", description = "Incident grading and reporting (Art. 18, 40)")
class GradingApiController {

    private final GradingService grading;

    GradingApiController(GradingService grading) {
        this.grading = grading;
    }

    /** The answer of the grading calculator, with the guide version that decided it. */
    record GradingAnswer(Grade grade, List<GradingGuide.Reason> reasons, String guideVersion, String guideSource) {
    }

    @PostMapping("/api/v1/incidents/grading")
    @Operation(summary = "Grade impact figures with the grading guide in force; stateless")
    GradingAnswer grade(@RequestBody(required = false) ImpactFigures impact) {
        if (impact == null) {
            throw ApiException.invalid("body", "is missing: send the impact figures as a JSON object");
        }
        Validation v = new Validation();
        impact.validate(v, "");
        v.throwIfInvalid();
        GradingGuide guide = grading.current();
        GradingGuide.Result result = guide.grade(impact);
        return new GradingAnswer(result.grade(), result.reasons(), guide.version(), guide.source());
    }

    @GetMapping("/api/v1/incidents/grading-guide")
    @Operation(summary = "The grading guide in force: thresholds with their source and whether each is confirmed")
    GradingGuide guide() {
        return grading.current();
    }
}
