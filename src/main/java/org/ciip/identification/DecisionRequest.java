package org.ciip.identification;

import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /api/v1/identifications} (and, without {@code assetId}, of a re-certification): a level for
 * each criterion of the rule, a written justification for each factor, and the decision, with a reason where it goes
 * against the rule's recommendation.
 */
public record DecisionRequest(UUID assetId, UUID ruleId, Map<String, Integer> ratings,
        Map<String, String> justifications, String decision, String reason) {
}
