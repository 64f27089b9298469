package org.ciip.identification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ciip.identification.DecisionRequest;

/** The identification workspace form. */
public class DecisionForm {

    private UUID ruleId;
    private Map<String, Integer> ratings = new LinkedHashMap<>();
    private Map<String, String> justifications = new LinkedHashMap<>();
    private String decision;
    private String reason;

    DecisionRequest toRequest(UUID assetId) {
        return new DecisionRequest(assetId, ruleId, ratings, justifications, decision, reason);
    }

    public UUID getRuleId() { return ruleId; }
    public void setRuleId(UUID ruleId) { this.ruleId = ruleId; }
    public Map<String, Integer> getRatings() { return ratings; }
    public void setRatings(Map<String, Integer> ratings) { this.ratings = ratings; }
    public Map<String, String> getJustifications() { return justifications; }
    public void setJustifications(Map<String, String> justifications) { this.justifications = justifications; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
