package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.identity.mfa.Totp;
import org.ciip.shared.Role;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 21, MFA: the totp field is never ignored, and the sign-in form has a second step. */
@RunningCiip
class SecondFactorTest {

    private static final String PASSPHRASE = "tidal-lantern-morning";

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FreshOperators fresh;

    private Http.Response token(String username, String password, String totp) {
        return http.post("/api/v1/auth/tokens", null, "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\"" + (totp == null ? "" : ",\"totp\":\"" + totp + "\"") + "}");
    }

    private static String type(Http.Response r) {
        return r.json().get("type").asString();
    }

    /** A code of the demo secret that matches no step CIIP accepts now (so a "wrong code" is never right by luck). */
    private static String wrongCode() {
        java.time.Instant now = java.time.Instant.now();
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (Totp.matchingStep(Http.DEMO_TOTP_SECRET, code, now, 60).isEmpty()) {
                return code;
            }
        }
    }

    /** An account of an organization of its own, proposed by the administrator and confirmed by its officer. */
    /** The organization of the latest account made by {@link #newAccount}, whose officer confirms its resets. */
    private FreshOperators.Party party;

    private UUID newAccount(String username, Role role) {
        FreshOperators.Party organization = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        party = organization;
        UUID id = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(username, "Probe " + username,
                organization.id(), Set.of(role), PASSPHRASE)));
        accounts.runAs(organization.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        return id;
    }

    @Test
    void theEnergyDepartmentsOfficerGetsNoTokenWithoutTheSecondFactorAndACodeWorksOnce() {
        Http.Response missing = token("energy-dept", Http.DEMO_PASSWORD, null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(type(missing)).isEqualTo("urn:ciip:problem:second-factor-required");
        assertThat(missing.json().get("detail").asString()).contains("totp");

        Http.Response wrong = token("energy-dept", Http.DEMO_PASSWORD, wrongCode());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(type(wrong)).isEqualTo("urn:ciip:problem:bad-second-factor");

        String code = http.totp("energy-dept");
        assertThat(token("energy-dept", Http.DEMO_PASSWORD, code).status()).isEqualTo(201);
        Http.Response replay = token("energy-dept", Http.DEMO_PASSWORD, code);
        assertThat(replay.status()).as("the same code again (RFC 6238, 5.2)").isEqualTo(401);
        assertThat(type(replay)).isEqualTo("urn:ciip:problem:bad-second-factor");
        // the failures above are cleared by the next good sign-in, as the lock counts failures in a row
        assertThat(token("energy-dept", Http.DEMO_PASSWORD, http.totp("energy-dept")).status()).isEqualTo(201);
    }

    @Test
    void anApprovingRoleMustEnrolBeforeItGetsATokenAndEnrolsAtItsFirstSignInWithTenRecoveryCodesThatWorkOnce() {
        newAccount("approver-probe", Role.SECURITY_OFFICER);
        Http.Response notEnrolled = token("approver-probe", PASSPHRASE, null);
        assertThat(notEnrolled.status()).isEqualTo(403);
        assertThat(type(notEnrolled)).isEqualTo("urn:ciip:problem:second-factor-enrolment-required");

        String session = Http.sessionCookie(http.submitSignIn("approver-probe", PASSPHRASE));
        Http.Response page = http.send(http.request("/login/second-factor?lang=en", null).header("Cookie", session)
                .GET());
        assertThat(page.body()).contains("id=\"mfa-enrol\"", "data:image/png;base64,").doesNotContain("mainNav");
        Matcher secret = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<").matcher(page.body());
        assertThat(secret.find()).isTrue();

        String code = Totp.code(secret.group(1), Totp.step(java.time.Instant.now()));
        Http.Response enrolled = http.submitSecondFactor(session, code);
        assertThat(enrolled.status()).isEqualTo(200);
        Matcher codes = Pattern.compile("<li>([a-z2-9]{10})</li>").matcher(enrolled.body());
        List<String> recovery = new ArrayList<>();
        while (codes.find()) {
            recovery.add(codes.group(1));
        }
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MFA_ENROLLED' "
                + "and summary like '%approver-probe%'", Long.class)).isOne();

        Http.Response recovered = token("approver-probe", PASSPHRASE, recovery.get(0));
        assertThat(recovered.status()).as(recovered.body()).isEqualTo(201);
        assertThat(token("approver-probe", PASSPHRASE, recovery.get(0)).status())
                .as("a recovery code works once").isEqualTo(401);
        assertThat(token("approver-probe", PASSPHRASE, recovery.get(1)).status()).isEqualTo(201);
    }

    @Test
    void staffMayGoWithoutASecondFactorAndThenATotpFieldIsRefusedNotIgnored() {
        newAccount("staff-probe", Role.STAFF);
        assertThat(token("staff-probe", PASSPHRASE, null).status()).isEqualTo(201);
        Http.Response withCode = token("staff-probe", PASSPHRASE, "123456");
        assertThat(withCode.status()).isEqualTo(400);
        assertThat(withCode.errorFields()).containsExactly("totp");

        Http.Response signedIn = http.submitSignIn("staff-probe", PASSPHRASE);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        assertThat(http.send(http.request("/assets", null).header("Cookie", Http.sessionCookie(signedIn)).GET())
                .status()).isEqualTo(200);
    }

    @Test
    void staffWhoEnrolOfTheirOwnAccordAreAskedForTheCodeFromThenOn() {
        newAccount("volunteer-probe", Role.STAFF);
        String session = Http.sessionCookie(http.submitSignIn("volunteer-probe", PASSPHRASE));
        assertThat(http.postForm("/account/second-factor/start", session, "/account/second-factor").status())
                .isEqualTo(302);
        String page = http.send(http.request("/account/second-factor", null).header("Cookie", session).GET()).body();
        Matcher secret = Pattern.compile("id=\"mfa-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(secret.find()).isTrue();
        Http.Response confirmed = http.postForm("/account/second-factor/confirm", session, "/account/second-factor",
                "code", Totp.code(secret.group(1), Totp.step(java.time.Instant.now())));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.body()).contains("id=\"recovery-codes\"");

        Http.Response missing = token("volunteer-probe", PASSPHRASE, null);
        assertThat(type(missing)).isEqualTo("urn:ciip:problem:second-factor-required");
        String next = Http.sessionCookie(http.submitSignIn("volunteer-probe", PASSPHRASE));
        assertThat(http.send(http.request("/assets", null).header("Cookie", next).GET()).header("Location"))
                .contains("/login/second-factor");
    }

    @Test
    void wrongCodesCountTowardTheLockSoThatEvenTheRightCodeIsRefusedAfterwards() {
        newAccount("guessing-probe", Role.PRINCIPAL);
        jdbc.update("update account set totp_secret = ?, totp_enrolled_at = now() where username = 'guessing-probe'",
                Http.DEMO_TOTP_SECRET);
        for (int i = 0; i < 5; i++) {
            assertThat(token("guessing-probe", PASSPHRASE, wrongCode()).status()).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("select locked_until is not null from account where username = "
                + "'guessing-probe'", Boolean.class)).isTrue();
        assertThat(token("guessing-probe", PASSPHRASE, http.totp("guessing-probe")).status())
                .isEqualTo(401);
    }

    @Test
    void theAdministratorResetsALostSecondFactorAndThePersonEnrolsANewOneAtTheNextSignIn() {
        UUID id = newAccount("lost-phone-probe", Role.PRINCIPAL);
        jdbc.update("update account set totp_secret = ?, totp_enrolled_at = now() where id = ?",
                Http.DEMO_TOTP_SECRET, id);
        String admin = http.signIn("admin");
        Http.Response filtered = http.send(http.request("/admin/accounts?mfa=none&q=lost-phone", null)
                .header("Cookie", admin).GET());
        assertThat(filtered.body()).doesNotContain("lost-phone-probe");

        assertThat(http.postForm("/admin/accounts/" + id + "/second-factor/reset", admin, "/admin/accounts/" + id)
                .status()).isEqualTo(302);
        assertThat(http.send(http.request("/admin/accounts?mfa=none&q=lost-phone", null).header("Cookie", admin)
                .GET()).body()).contains("lost-phone-probe");
        assertThat(type(token("lost-phone-probe", PASSPHRASE, http.totp("lost-phone-probe"))))
                .as("until its organization confirms the reset").isEqualTo("urn:ciip:problem:bad-credentials");
        accounts.runAs(party.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        assertThat(type(token("lost-phone-probe", PASSPHRASE, http.totp("lost-phone-probe"))))
                .isEqualTo("urn:ciip:problem:second-factor-enrolment-required");
        String session = Http.sessionCookie(http.submitSignIn("lost-phone-probe", PASSPHRASE));
        assertThat(http.send(http.request("/login/second-factor", null).header("Cookie", session).GET()).body())
                .contains("id=\"mfa-enrol\"");
    }
}
