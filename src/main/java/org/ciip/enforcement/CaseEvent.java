package org.ciip.enforcement;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The past-tense events of an enforcement case (Art. 39-43), one per step; each is audited against the case and tells
 * the other party (the operator of the authority's steps, the authority of the operator's). {@code operatorId} is null
 * for an Art. 43 case against a person or a unit that is not an operator in CIIP.
 */
public sealed interface CaseEvent extends AuditedEvent permits CaseOpened, CorrectionOrdered, CorrectionReported,
        CorrectionVerified, RefusalFound, HarmRecorded, PenaltyDecided {

    UUID caseId();

    String number();

    UUID authorityId();

    UUID operatorId();

    String article();

    @Override
    default String auditObjectType() {
        return "EnforcementCase";
    }

    @Override
    default Object auditObjectId() {
        return caseId();
    }
}
