package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** A rule and a change report refuse every step their state does not allow, with a 409 that says why. */
class IdentificationTransitionsTest {

    static IdentificationRule rule(RuleStatus status) {
        return new IdentificationRule(UUID.randomUUID(), status);
    }

    static void refused(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void aRuleGoesFromDraftThroughMpsRecordToActive() {
        assertThat(rule(RuleStatus.DRAFT).submit().to()).isEqualTo(RuleStatus.SUBMITTED);
        assertThat(rule(RuleStatus.SUBMITTED).recordFiling().to()).isEqualTo(RuleStatus.FILED);
        assertThat(rule(RuleStatus.FILED).activate().to()).isEqualTo(RuleStatus.ACTIVE);
    }

    @Test
    void aRuleIsSubmittedOnceRecordedOnlyWhenSubmittedAndActivatedOnlyWhenRecorded() {
        refused(() -> rule(RuleStatus.SUBMITTED).submit(), "already submitted");
        refused(() -> rule(RuleStatus.DRAFT).recordFiling(), "Only a rule submitted for filing");
        refused(() -> rule(RuleStatus.FILED).recordFiling(), "Only a rule submitted for filing");
        refused(() -> rule(RuleStatus.SUBMITTED).activate(), "Only a rule recorded by MPS");
        refused(() -> rule(RuleStatus.ACTIVE).activate(), "Only a rule recorded by MPS");
        refused(() -> rule(RuleStatus.SUPERSEDED).activate(), "Only a rule recorded by MPS");
    }

    @Test
    void onlyADraftIsChanged() {
        rule(RuleStatus.DRAFT).requireDraft();
        refused(() -> rule(RuleStatus.FILED).requireDraft(), "Only a draft can be changed");
    }

    @Test
    void aChangeReportIsRecertifiedOnce() {
        new ChangeReport(UUID.randomUUID(), ChangeReportStatus.OPEN).requireOpen();
        refused(() -> new ChangeReport(UUID.randomUUID(), ChangeReportStatus.RECERTIFIED).requireOpen(),
                "already re-certified");
    }
}
