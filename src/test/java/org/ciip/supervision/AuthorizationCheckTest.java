package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whether testing may run at a moment (Art. 31): in force, inside a window, and on the basic telecommunications
 * network only when the telecom authority was told the advance period before that window opened.
 */
class AuthorizationCheckTest {

    static final Instant MONDAY_9 = Instant.parse("2026-12-07T01:00:00Z");
    static final AuthorizationCheck.Window WEEK = new AuthorizationCheck.Window(MONDAY_9,
            MONDAY_9.plus(Duration.ofDays(5)));

    static AuthorizationCheck.Facts facts(TestingStatus status, AuthorizationCheck.Advance advance) {
        return new AuthorizationCheck.Facts(status, List.of(WEEK), advance);
    }

    @Test
    void anAuthorizationInForceIsValidInsideItsWindowOnlyFromItsOpeningToItsEnd() {
        AuthorizationCheck.Facts f = facts(TestingStatus.AUTHORIZED, null);
        assertThat(AuthorizationCheck.at(f, MONDAY_9.minusMillis(1))).isEqualTo(AuthorizationCheck.Reason.OUTSIDE_WINDOW);
        assertThat(AuthorizationCheck.at(f, MONDAY_9)).isEqualTo(AuthorizationCheck.Reason.VALID);
        assertThat(AuthorizationCheck.at(f, WEEK.endsAt().minusMillis(1))).isEqualTo(AuthorizationCheck.Reason.VALID);
        assertThat(AuthorizationCheck.at(f, WEEK.endsAt())).isEqualTo(AuthorizationCheck.Reason.OUTSIDE_WINDOW);
    }

    @Test
    void requestedRefusedSuspendedRevokedAndClosedAuthorizationsAreNeverValid() {
        Instant inside = MONDAY_9.plus(Duration.ofHours(1));
        assertThat(AuthorizationCheck.at(facts(TestingStatus.REQUESTED, null), inside))
                .isEqualTo(AuthorizationCheck.Reason.NOT_AUTHORIZED);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.REFUSED, null), inside))
                .isEqualTo(AuthorizationCheck.Reason.NOT_AUTHORIZED);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.SUSPENDED, null), inside))
                .isEqualTo(AuthorizationCheck.Reason.SUSPENDED);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.REVOKED, null), inside))
                .isEqualTo(AuthorizationCheck.Reason.REVOKED);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.CLOSED, null), inside))
                .isEqualTo(AuthorizationCheck.Reason.CLOSED);
    }

    @Test
    void onTheBasicTelecomNetworkAWindowOpensOnlyIfTheTelecomAuthorityWasToldTheAdvancePeriodBefore() {
        Duration period = Duration.ofHours(72);
        Instant inside = MONDAY_9.plus(Duration.ofHours(1));
        assertThat(AuthorizationCheck.at(facts(TestingStatus.AUTHORIZED,
                new AuthorizationCheck.Advance(period, null, false)), inside))
                .isEqualTo(AuthorizationCheck.Reason.ADVANCE_REPORT_MISSING);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.AUTHORIZED,
                new AuthorizationCheck.Advance(period, MONDAY_9.minus(period), false)), inside))
                .as("told exactly 72 hours before").isEqualTo(AuthorizationCheck.Reason.VALID);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.AUTHORIZED,
                new AuthorizationCheck.Advance(period, MONDAY_9.minus(period).plusMillis(1), false)), inside))
                .as("a millisecond late").isEqualTo(AuthorizationCheck.Reason.ADVANCE_REPORT_LATE);
        assertThat(AuthorizationCheck.at(facts(TestingStatus.AUTHORIZED,
                new AuthorizationCheck.Advance(period, MONDAY_9.minus(Duration.ofDays(5)), true)), inside))
                .isEqualTo(AuthorizationCheck.Reason.OBJECTED);
    }
}
