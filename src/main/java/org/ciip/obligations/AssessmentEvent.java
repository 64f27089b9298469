package org.ciip.obligations;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of an assessment and its findings (Art. 17); each is audited against it. */
public sealed interface AssessmentEvent extends AuditedEvent permits AssessmentCreated, AssessmentSubmitted,
        AssessmentDecided, AssessmentFindingAdded, AssessmentFindingUpdated {

    UUID assessmentId();

    @Override
    default String auditObjectType() {
        return "Assessment";
    }

    @Override
    default Object auditObjectId() {
        return assessmentId();
    }
}
