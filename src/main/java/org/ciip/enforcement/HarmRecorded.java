package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;

/** The authority recorded a fact of harm to network security in the case. */
public record HarmRecorded(UUID caseId, String number, UUID authorityId, UUID operatorId, String article, int seq, LegalBases.Ground severity)
        implements CaseEvent {

    @Override
    public String auditAction() {
        return "HARM_RECORDED";
    }

    @Override
    public Map<String, ?> auditSummary() {
        return Map.of("number", number, "article", article, "seq", seq, "severity", severity.name());
    }
}
