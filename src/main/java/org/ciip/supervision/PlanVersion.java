package org.ciip.supervision;

import org.ciip.shared.api.ApiException;

/**
 * The status of a version of a department's plan (Art. 22, 25): a DRAFT is written and changed; APPROVED is in force
 * and never rewritten; a newer approved version makes it SUPERSEDED.
 */
public enum PlanVersion {
    DRAFT, APPROVED, SUPERSEDED;

    Step approve() {
        if (this != DRAFT) {
            throw ApiException.conflict("Only a draft is approved; this version is " + name().toLowerCase() + ".");
        }
        return new Step(this, APPROVED);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(PlanVersion from, PlanVersion to) {
    }
}
