package org.ciip.obligations.assessment;

import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * An assessment's lifecycle (Art. 17): DRAFT or RETURNED -> SUBMITTED -> ACCEPTED or RETURNED. Each transition
 * checks the state it starts from and refuses an illegal step with a 409; {@link Assessments} writes it with an UPDATE
 * that names the expected state, so that of two concurrent requests only one passes.
 */
record Assessment(UUID id, AssessmentStatus status) {

    static Assessment of(AssessmentService.AssessmentView view) {
        return new Assessment(view.id(), view.status());
    }

    /** A step from one state to another, as the repository writes it. */
    record Transition(UUID assessment, AssessmentStatus to) {
    }

    void requireOpenForFindings() {
        if (!status.open()) {
            throw ApiException.conflict("A submitted or accepted assessment takes no new findings.");
        }
    }

    Transition submit() {
        if (!status.open()) {
            throw ApiException.conflict("This assessment is already " + status.name().toLowerCase() + ".");
        }
        return new Transition(id, AssessmentStatus.SUBMITTED);
    }

    void requireSubmitted() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw ApiException.conflict("Only a submitted assessment is accepted or returned; this one is " + status
                    + ".");
        }
    }

    /** The department accepts the submitted assessment, or returns it. */
    Transition decide(AssessmentStatus decision) {
        requireSubmitted();
        if (decision != AssessmentStatus.ACCEPTED && decision != AssessmentStatus.RETURNED) {
            throw new IllegalArgumentException("not a decision: " + decision);
        }
        return new Transition(id, decision);
    }
}
