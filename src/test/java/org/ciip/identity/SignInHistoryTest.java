package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 21, hardening: every account has a login history with the address, the step and the outcome. */
@RunningCiip
class SignInHistoryTest {

    private static final String PASSPHRASE = "quiet-river-morning";

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    FreshOperators fresh;

    /** A staff account the administrator proposes in the organization and its officer confirms. */
    private UUID confirmedAccount(FreshOperators.Party organization, String username) {
        UUID id = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(username, "Probe " + username,
                organization.id(), Set.of(Role.STAFF), PASSPHRASE)));
        accounts.runAs(organization.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        return id;
    }

    @Test
    void thePersonAndTheAdministratorSeeEachSignInStepWithItsAddressAndOutcome() {
        FreshOperators.Party organization = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        UUID id = confirmedAccount(organization, "history-probe");
        Http.Response wrong = http.send(http.request("/api/v1/auth/tokens", null)
                .header("X-Forwarded-For", "192.0.2.44").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"history-probe\",\"password\":\"not-it-at-all\"}")));
        assertThat(wrong.status()).isEqualTo(401);
        String session = Http.sessionCookie(http.submitSignIn("history-probe", PASSPHRASE));

        String own = http.send(http.request("/account?lang=en", null).header("Cookie", session).GET()).body();
        String history = own.substring(own.indexOf("id=\"sign-ins\""));
        assertThat(history).contains("192.0.2.44", "API token", "Wrong password", "Web", "Succeeded");
        assertThat(history.indexOf("Succeeded")).as("the latest first").isLessThan(history.indexOf("Wrong password"));

        String admin = http.signIn("admin");
        assertThat(http.send(http.request("/admin/accounts/" + id + "?lang=en", null).header("Cookie", admin).GET())
                .body()).contains("id=\"sign-ins\"", "192.0.2.44", "Wrong password");
    }

    @Autowired
    org.ciip.identity.signin.SignInHistory history;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void eachSignInStepIsAnEntryOfTheAuditTrailWithTheAccountAsItsActor() {
        FreshOperators.Party organization = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        UUID id = confirmedAccount(organization, "audited-probe");
        http.send(http.request("/api/v1/auth/tokens", null).header("X-Forwarded-For", "192.0.2.45")
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"audited-probe\",\"password\":\"not-it-at-all\"}")));
        http.submitSignIn("audited-probe", PASSPHRASE);

        var entries = jdbc.queryForList("select actor, actor_organization_id, action, cast(summary as text) as s "
                + "from audit_entry where object_id = ? and action like 'SIGN_IN%' order by id", id.toString());
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("SIGN_IN_REFUSED", "SIGN_IN_STEP");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("audited-probe");
            assertThat(e.get("actor_organization_id")).isEqualTo(organization.id());
        });
        assertThat(entries.get(0).get("s").toString()).contains("WRONG_PASSWORD", "192.0.2.45", "API");
        assertThat(entries.get(1).get("s").toString()).contains("SUCCEEDED", "WEB", "PASSWORD");
    }

    @Test
    void signInsOlderThanAYearAreForgottenAndNewerOnesKept() {
        UUID account = jdbc.queryForObject("select id from account where username = 'grid-staff'", UUID.class);
        jdbc.update("insert into sign_in (account_id, occurred_at, address, channel, factor, outcome) values "
                + "(?, now() - interval '400 days', '192.0.2.1', 'WEB', 'PASSWORD', 'SUCCEEDED'), "
                + "(?, now() - interval '300 days', '192.0.2.2', 'WEB', 'PASSWORD', 'SUCCEEDED')", account, account);
        assertThat(history.prune()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select address from sign_in where account_id = ? and address like '192.0.2.%'",
                String.class, account)).containsExactly("192.0.2.2");
    }
}
