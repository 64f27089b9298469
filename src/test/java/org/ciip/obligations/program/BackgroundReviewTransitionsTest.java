package org.ciip.obligations.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A background review takes one result, and a person the sanctions register bars is never approved (Art. 43). */
class BackgroundReviewTransitionsTest {

    static BackgroundReview in(ReviewStatus status) {
        return new BackgroundReview(UUID.randomUUID(), status, "barred until 2029-01-01");
    }

    static void refused(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void aPendingReviewIsApprovedOrRejected() {
        assertThat(in(ReviewStatus.PENDING).recordResult(ReviewStatus.APPROVED).to()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(in(ReviewStatus.PENDING).recordResult(ReviewStatus.REJECTED).to()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void aBlockedReviewIsOnlyRejected() {
        refused(() -> in(ReviewStatus.BLOCKED).recordResult(ReviewStatus.APPROVED),
                "barred until 2029-01-01 from key network security positions");
        assertThat(in(ReviewStatus.BLOCKED).recordResult(ReviewStatus.REJECTED).from()).isEqualTo(ReviewStatus.BLOCKED);
    }

    @Test
    void aReviewWithItsResultTakesNoOther() {
        refused(() -> in(ReviewStatus.APPROVED).recordResult(ReviewStatus.REJECTED), "already has its result");
        refused(() -> in(ReviewStatus.REJECTED).recordResult(ReviewStatus.APPROVED), "already has its result");
    }
}
