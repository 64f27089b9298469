package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Role;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Passwords as OWASP ASVS 5.0 asks, an administrator's reset and disabling (issue 23, finding 7). */
@RunningCiip
class AccountLifecycleTest {

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FreshOperators fresh;

    /** An account of an organization of its own, proposed by the administrator and confirmed by its officer. */
    /** The organization of the latest account made by {@link #newAccount}, whose officer confirms its resets. */
    private FreshOperators.Party party;

    private UUID newAccount(String username, String password) {
        FreshOperators.Party organization = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        party = organization;
        UUID id = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(username, "Probe " + username,
                organization.id(), Set.of(Role.STAFF), password)));
        accounts.runAs(organization.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        return id;
    }

    private Http.Response token(String username, String password) {
        return http.post("/api/v1/auth/tokens", null, "{\"username\":\"" + username + "\",\"password\":\""
                + password + "\"}");
    }

    private long audited(String action, UUID account) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?", Long.class,
                action, account.toString());
    }

    @Test
    void aPassphraseLongerThan72BytesIsKeptWholeAndSignsIn() {
        String passphrase = "床前明月光疑是地上霜举头望明月低头思故乡".repeat(3);
        newAccount("passphrase-probe", passphrase);
        assertThat(token("passphrase-probe", passphrase).status()).isEqualTo(201);
        assertThat(token("passphrase-probe", passphrase.substring(0, 24)).status())
                .as("the first 72 bytes alone are not the password").isEqualTo(401);
    }

    @Test
    void anAdministratorsResetWithdrawsTheTokensAndThePersonMustChooseANewPasswordBeforeAnythingElse() {
        UUID id = newAccount("reset-probe", "my-first-long-secret");
        String oldToken = token("reset-probe", "my-first-long-secret").json().get("token").asString();

        String admin = http.signIn("admin");
        Http.Response common = http.postForm("/admin/accounts/" + id + "/password", admin, "/admin/accounts/" + id,
                "password", "Qwertyuiop123");
        assertThat(common.status()).isEqualTo(200);
        assertThat(common.body()).contains("is-invalid");
        Http.Response reset = http.postForm("/admin/accounts/" + id + "/password", admin, "/admin/accounts/" + id,
                "password", "temporary-from-admin");
        assertThat(reset.status()).isEqualTo(302);
        assertThat(audited("ACCOUNT_PASSWORD_RESET", id)).isOne();

        assertThat(http.get("/api/v1/assets", oldToken).status()).as("tokens from before the reset").isEqualTo(401);
        assertThat(token("reset-probe", "temporary-from-admin").status())
                .as("until its organization confirms the reset").isEqualTo(401);
        accounts.runAs(party.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        Http.Response refused = token("reset-probe", "temporary-from-admin");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:ciip:problem:password-change-required");

        Http.Response signedIn = http.submitSignIn("reset-probe", "temporary-from-admin");
        String session = Http.sessionCookie(signedIn);
        Http.Response assets = http.send(http.request("/assets", null).header("Cookie", session).GET());
        assertThat(assets.status()).isEqualTo(302);
        assertThat(assets.header("Location")).endsWith("/account/password");

        Http.Response wrongCurrent = http.postForm("/account/password", session, "/account/password",
                "currentPassword", "not-my-password", "newPassword", "my-second-long-secret",
                "confirmPassword", "my-second-long-secret");
        assertThat(wrongCurrent.status()).isEqualTo(200);
        assertThat(wrongCurrent.body()).contains("id=\"password-forced\"").contains("is-invalid")
                .doesNotContain("not-my-password");
        Http.Response containsName = http.postForm("/account/password", session, "/account/password",
                "currentPassword", "temporary-from-admin", "newPassword", "reset-probe-forever",
                "confirmPassword", "reset-probe-forever");
        assertThat(containsName.status()).isEqualTo(200);
        Http.Response changed = http.postForm("/account/password", session, "/account/password",
                "currentPassword", "temporary-from-admin", "newPassword", "my-second-long-secret",
                "confirmPassword", "my-second-long-secret");
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changed.header("Location")).endsWith("/");
        assertThat(http.send(http.request("/assets", null).header("Cookie", session).GET()).status()).isEqualTo(200);
        assertThat(token("reset-probe", "my-second-long-secret").status()).isEqualTo(201);
        assertThat(audited("PASSWORD_CHANGED", id)).isOne();
    }

    @Test
    void aDisabledAccountNeitherSignsInNorUsesItsTokensUntilItIsEnabledAgain() {
        UUID id = newAccount("disable-probe", "quiet-harbour-secret");
        String token = token("disable-probe", "quiet-harbour-secret").json().get("token").asString();
        String admin = http.signIn("admin");
        Http.Response page = http.send(http.request("/admin/accounts/" + id + "?lang=en", null)
                .header("Cookie", admin).GET());
        assertThat(page.body()).contains("data-confirm=\"Disable this account?");

        assertThat(http.postForm("/admin/accounts/" + id + "/enabled", admin, "/admin/accounts/" + id,
                "enabled", "false").status()).isEqualTo(302);
        assertThat(http.get("/api/v1/assets", token).status()).isEqualTo(401);
        assertThat(token("disable-probe", "quiet-harbour-secret").status()).isEqualTo(401);
        assertThat(http.submitSignIn("disable-probe", "quiet-harbour-secret").header("Location")).contains("error");
        assertThat(audited("ACCOUNT_DISABLED", id)).isOne();

        assertThat(http.postForm("/admin/accounts/" + id + "/enabled", admin, "/admin/accounts/" + id,
                "enabled", "true").status()).isEqualTo(302);
        assertThat(http.get("/api/v1/assets", token).status()).isEqualTo(200);
    }

    @Test
    void theAccountFormRefusesACommonPasswordBesideTheField() {
        String admin = http.signIn("admin");
        UUID agency = jdbc.queryForObject("select organization_id from account where username = 'agency'", UUID.class);
        Http.Response r = http.postForm("/admin/accounts?lang=en", admin, "/admin/accounts/new", "username",
                "common-probe", "displayName", "Common probe", "organizationId", agency.toString(), "roles", "STAFF",
                "password", "iloveyou1234");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("This is one of the most common passwords");
        assertThat(accounts.exists("common-probe")).isFalse();
    }
}
