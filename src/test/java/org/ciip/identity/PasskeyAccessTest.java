package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.UUID;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, MFA: who may add and remove passkeys. A password alone (the second step still to come) adds none; a
 * person removes only their own; the administrator's reset of a lost second factor removes the passkeys too, audited.
 */
@RunningCiip
class PasskeyAccessTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;

    private long passkeys(String username) {
        return jdbc.queryForObject("select count(*) from user_credentials c join user_entities e "
                + "on e.id = c.user_entity_user_id where e.name = ?", Long.class, username);
    }

    /** A passkey stored for the account as registration stores one (the key itself does not matter here). */
    private String passkeyOf(String username) {
        String user = UUID.randomUUID().toString().replace("-", "");
        String credential = UUID.randomUUID().toString().replace("-", "");
        jdbc.update("insert into user_entities (id, name, display_name) values (?, ?, ?)", user, username, username);
        jdbc.update("insert into user_credentials (credential_id, user_entity_user_id, public_key, backup_eligible, "
                + "backup_state, authenticator_transports, label, created, last_used) values (?, ?, ?, false, false, "
                + "'usb', 'Key in the safe', now(), now())",
                credential, user, new byte[] {1, 2, 3});
        return credential;
    }

    @Test
    void aSessionSignedInWithThePasswordAloneCannotAddAPasskeyBeforeItsSecondStep() {
        String officer = fresh.create(OrganizationKind.SERVICE_AGENCY, null).username();
        String session = Http.sessionCookie(http.submitSignIn(officer, Http.DEMO_PASSWORD));
        String csrf = Http.csrfToken(http.send(http.request("/login/second-factor", null).header("Cookie", session)
                .GET()).body());

        Http.Response register = http.send(http.request("/webauthn/register", null).header("Cookie", session)
                .header("X-CSRF-TOKEN", csrf).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"publicKey\":{\"label\":\"Mine\",\"credential\":{}}}")));

        assertThat(register.status()).isEqualTo(302);
        assertThat(register.header("Location")).contains("/login/second-factor");
        assertThat(passkeys(officer)).isZero();
    }

    @Test
    void anotherAccountsPasskeyAnswers404AndTheAdministratorsResetRemovesThePasskeysAudited() {
        FreshOperators.Party owner = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        String credential = passkeyOf(owner.username());
        String stranger = http.signIn(fresh.create(OrganizationKind.SERVICE_AGENCY, null).username());

        Http.Response removal = http.postForm("/account/second-factor/passkeys/remove", stranger,
                "/account/second-factor", "id", credential);
        assertThat(removal.status()).isEqualTo(404);
        assertThat(passkeys(owner.username())).isEqualTo(1);

        UUID account = jdbc.queryForObject("select id from account where username = ?", UUID.class,
                owner.username());
        String admin = http.signIn("admin");
        assertThat(http.send(http.request("/admin/accounts/" + account, null).header("Cookie", admin).GET()).body())
                .contains("1 passkey(s)");
        Http.Response reset = http.postForm("/admin/accounts/" + account + "/second-factor/reset", admin,
                "/admin/accounts/" + account);
        assertThat(reset.status()).isEqualTo(302);
        assertThat(passkeys(owner.username())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSKEY_REMOVED' and "
                + "object_id = ?", Long.class, account.toString())).isEqualTo(1);
    }
}
