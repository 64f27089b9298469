package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, hardening: an action that changes who may do what needs a password entered within 15 minutes, and a
 * session that has only passed the password cannot act at all, even with its CSRF token.
 */
@RunningCiip
class ReauthenticationTest {

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    private UUID account(String username) {
        FreshOperators.Party organization = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        UUID id = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(username, "Probe",
                organization.id(), Set.of(Role.STAFF), "evening-tide-lantern")));
        accounts.runAs(organization.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        return id;
    }

    private boolean enabled(UUID id) {
        return jdbc.queryForObject("select enabled from account where id = ?", Boolean.class, id);
    }

    @Test
    void disablingAnAccountSixteenMinutesAfterSigningInAsksForThePasswordAgainAndChangesNothingMeanwhile() {
        UUID id = account("reauth-probe");
        String admin = http.signIn("admin");
        assertThat(http.postForm("/admin/accounts/" + id + "/enabled", admin, "/admin/accounts/" + id,
                "enabled", "false").header("Location")).endsWith("/admin/accounts/" + id);
        assertThat(enabled(id)).isFalse();

        clock.advance(Duration.ofMinutes(16));
        try {
            Http.Response stale = http.postForm("/admin/accounts/" + id + "/enabled", admin, "/admin/accounts/" + id,
                    "enabled", "true");
            assertThat(stale.status()).isEqualTo(302);
            assertThat(stale.header("Location")).contains("/login?factor");
            assertThat(enabled(id)).as("nothing changed").isFalse();
            String signInAgain = stale.header("Location").replace(http.base(), "") + "&lang=en";
            assertThat(http.send(http.request(signInAgain, null).header("Cookie", admin).GET()).body())
                    .contains("id=\"reauthenticate\"");
            assertThat(http.send(http.request("/admin/accounts/" + id, null).header("Cookie", admin).GET()).status())
                    .as("reading stays open").isEqualTo(200);

            String again = http.signIn("admin");
            assertThat(http.postForm("/admin/accounts/" + id + "/enabled", again, "/admin/accounts/" + id,
                    "enabled", "true").header("Location")).endsWith("/admin/accounts/" + id);
            assertThat(enabled(id)).isTrue();
        } finally {
            clock.advance(Duration.ofMinutes(-16));
        }
    }

    @Test
    void aSessionPastThePasswordButNotTheSecondFactorCannotActWithTheCsrfTokenOfTheSecondStep() {
        UUID id = account("half-signed-in-probe");
        String session = Http.sessionCookie(http.submitSignIn("admin", Http.DEMO_PASSWORD));
        Http.Response r = http.postForm("/admin/accounts/" + id + "/enabled", session, "/login/second-factor",
                "enabled", "false");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login/second-factor");
        assertThat(enabled(id)).isTrue();
    }
}
