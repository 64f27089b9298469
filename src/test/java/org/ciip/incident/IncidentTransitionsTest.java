package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** An incident's lifecycle refuses every step its state does not allow, with a 409 that says why. */
class IncidentTransitionsTest {

    static Incident in(IncidentStatus status) {
        return new Incident(UUID.randomUUID(), status);
    }

    static void refused(Runnable step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.getMessage()).contains(reason);
        });
    }

    @Test
    void anOpenIncidentEndsItsHandlingAndThenCloses() {
        Incident open = in(IncidentStatus.OPEN);
        assertThat(open.endHandling()).isEqualTo(new Incident.Transition(open.id(), IncidentStatus.OPEN,
                IncidentStatus.HANDLING_ENDED));
        Incident ended = new Incident(open.id(), IncidentStatus.HANDLING_ENDED);
        assertThat(ended.close().to()).isEqualTo(IncidentStatus.CLOSED);
    }

    @Test
    void theFinalReportFollowsTheEndOfTheHandlingAndIsFiledOnce() {
        refused(() -> in(IncidentStatus.OPEN).close(), "Mark the handling ended first");
        refused(() -> in(IncidentStatus.CLOSED).close(), "already filed");
    }

    @Test
    void theHandlingEndsOnce() {
        refused(() -> in(IncidentStatus.HANDLING_ENDED).endHandling(), "already ended");
        refused(() -> in(IncidentStatus.CLOSED).endHandling(), "already ended");
    }

    @Test
    void aClosedIncidentTakesNoSupplement() {
        refused(() -> in(IncidentStatus.CLOSED).requireSupplementable(), "closed");
        in(IncidentStatus.HANDLING_ENDED).requireSupplementable();
    }
}
