package org.ciip.obligations;

import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/** The past-tense events of a background review (Art. 14, 43 para 3); each is audited against it. */
public sealed interface BackgroundReviewEvent extends AuditedEvent permits BackgroundReviewRequested,
        BackgroundReviewResultRecorded, BackgroundReviewAlerted {

    UUID reviewId();

    @Override
    default String auditObjectType() {
        return "BackgroundReview";
    }

    @Override
    default Object auditObjectId() {
        return reviewId();
    }
}
