package org.ciip.obligations.program;

import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * A background review's lifecycle (Art. 14, 43 para 3): PENDING -> APPROVED or REJECTED; a sanction turns a pending
 * review BLOCKED, and a blocked review is only rejected. {@link BackgroundReviews#recordResult} writes the result with
 * an UPDATE that names the state it was judged on.
 */
record BackgroundReview(UUID id, ReviewStatus status, String barWording) {

    static BackgroundReview of(PeopleService.ReviewView view) {
        return new BackgroundReview(view.id(), view.status(), view.barWording());
    }

    /** A step from one state to another, as the repository writes it. */
    record Transition(UUID review, ReviewStatus from, ReviewStatus to) {
    }

    /**
     * The reviewer's result: APPROVED or REJECTED. A barred person's review is not approved; a review has one
     * result.
     */
    Transition recordResult(ReviewStatus result) {
        if (status == ReviewStatus.BLOCKED && result == ReviewStatus.APPROVED) {
            throw ApiException.conflict("This person is " + barWording
                    + " from key network security positions (Art. 43 para 3); the review cannot be approved.");
        }
        if (status != ReviewStatus.PENDING && status != ReviewStatus.BLOCKED) {
            throw ApiException.conflict("This review already has its result: " + status + ".");
        }
        return new Transition(id, status, result);
    }
}
