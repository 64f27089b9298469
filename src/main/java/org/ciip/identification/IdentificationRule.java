package org.ciip.identification;

import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * An identification rule's lifecycle (Art. 9): DRAFT -> SUBMITTED -> FILED -> ACTIVE -> SUPERSEDED. Each transition
 * checks the state it starts from and refuses an illegal step with a 409; {@link IdentificationRules#transition} then
 * writes it with an UPDATE that names the expected state, so that of two concurrent requests only one passes.
 */
record IdentificationRule(UUID id, RuleStatus status) {

    /** A step from one state to another, as the repository writes it. */
    record Transition(UUID rule, RuleStatus from, RuleStatus to) {
    }

    static IdentificationRule of(RuleView view) {
        return new IdentificationRule(view.id(), view.status());
    }

    /** Only a draft is changed; a filed rule changes by a new version. */
    void requireDraft() {
        if (status != RuleStatus.DRAFT) {
            throw ApiException.conflict("Only a draft can be changed; draft a new version of a filed rule.");
        }
    }

    /** The department submits its draft to MPS for filing. */
    Transition submit() {
        if (status != RuleStatus.DRAFT) {
            throw ApiException.conflict("This rule was already submitted for filing (" + status + ").");
        }
        return new Transition(id, status, RuleStatus.SUBMITTED);
    }

    /** MPS records the filing of a submitted rule. */
    Transition recordFiling() {
        if (status != RuleStatus.SUBMITTED) {
            throw ApiException.conflict("Only a rule submitted for filing can be recorded; this one is " + status
                    + ".");
        }
        return new Transition(id, status, RuleStatus.FILED);
    }

    /** The department activates a rule MPS recorded; the version it supersedes stops being usable. */
    Transition activate() {
        if (status != RuleStatus.FILED) {
            throw ApiException.conflict("Only a rule recorded by MPS can be activated; this one is " + status
                    + " (Art. 9).");
        }
        return new Transition(id, status, RuleStatus.ACTIVE);
    }
}
