package org.ciip.obligations.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** An assessment refuses every step its state does not allow, with a 409 that says why (Art. 17). */
class AssessmentTransitionsTest {

    static Assessment in(AssessmentStatus status) {
        return new Assessment(UUID.randomUUID(), status);
    }

    static void refused(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void aDraftOrReturnedAssessmentTakesFindingsAndIsSubmitted() {
        for (AssessmentStatus open : new AssessmentStatus[] {AssessmentStatus.DRAFT, AssessmentStatus.RETURNED}) {
            in(open).requireOpenForFindings();
            assertThat(in(open).submit().to()).isEqualTo(AssessmentStatus.SUBMITTED);
        }
    }

    @Test
    void aSubmittedOrAcceptedAssessmentTakesNoFindingAndIsNotSubmittedAgain() {
        refused(() -> in(AssessmentStatus.SUBMITTED).requireOpenForFindings(), "takes no new findings");
        refused(() -> in(AssessmentStatus.ACCEPTED).submit(), "already accepted");
        refused(() -> in(AssessmentStatus.SUBMITTED).submit(), "already submitted");
    }

    @Test
    void onlyASubmittedAssessmentIsAcceptedOrReturned() {
        assertThat(in(AssessmentStatus.SUBMITTED).decide(AssessmentStatus.ACCEPTED).to())
                .isEqualTo(AssessmentStatus.ACCEPTED);
        assertThat(in(AssessmentStatus.SUBMITTED).decide(AssessmentStatus.RETURNED).to())
                .isEqualTo(AssessmentStatus.RETURNED);
        refused(() -> in(AssessmentStatus.DRAFT).decide(AssessmentStatus.ACCEPTED), "Only a submitted assessment");
        refused(() -> in(AssessmentStatus.ACCEPTED).decide(AssessmentStatus.RETURNED), "Only a submitted assessment");
    }

    @Test
    void aFindingMovesBetweenOpenAndInProgressIsRectifiedFromEitherAndIsReopenedOnlyAsOpen() {
        assertThat(FindingStatus.OPEN.to(FindingStatus.IN_PROGRESS).to()).isEqualTo(FindingStatus.IN_PROGRESS);
        assertThat(FindingStatus.IN_PROGRESS.to(FindingStatus.OPEN).to()).isEqualTo(FindingStatus.OPEN);
        assertThat(FindingStatus.OPEN.to(FindingStatus.RECTIFIED).from()).isEqualTo(FindingStatus.OPEN);
        assertThat(FindingStatus.IN_PROGRESS.to(FindingStatus.RECTIFIED).to()).isEqualTo(FindingStatus.RECTIFIED);
        assertThat(FindingStatus.RECTIFIED.to(FindingStatus.OPEN).to()).isEqualTo(FindingStatus.OPEN);
        refused(() -> FindingStatus.RECTIFIED.to(FindingStatus.IN_PROGRESS), "reopened as OPEN");
        for (FindingStatus status : FindingStatus.values()) {
            refused(() -> status.to(status), "already " + status.name());
        }
    }
}
