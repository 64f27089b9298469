package org.ciip.obligations.assessment;

import org.ciip.shared.api.ApiException;

/**
 * Where the rectification of a finding stands (Art. 17: "rectify the security problems found in time"). A finding
 * moves freely between OPEN and IN_PROGRESS and is RECTIFIED from either; a rectified finding is only reopened (to
 * OPEN, when a retest shows the problem remains), and no step stays where it is.
 */
public enum FindingStatus {
    OPEN, IN_PROGRESS, RECTIFIED;

    /** The step from this status to {@code to}; 409 when the finding is there already or the step is not allowed. */
    Step to(FindingStatus to) {
        if (to == this) {
            throw ApiException.conflict("The finding is already " + name() + ".");
        }
        if (this == RECTIFIED && to != OPEN) {
            throw ApiException.conflict("A rectified finding is reopened as OPEN, not moved to " + to.name() + ".");
        }
        return new Step(this, to);
    }

    /** A step between two statuses; the update that writes it names {@code from}. */
    record Step(FindingStatus from, FindingStatus to) {
    }
}
