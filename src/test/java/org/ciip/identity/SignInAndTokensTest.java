package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Set;
import org.ciip.shared.Role;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RunningCiip
class SignInAndTokensTest {

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemoAccountExchangesItsPasswordForABearerTokenWithAnExpiry() {
        Http.Response r = http.post("/api/v1/auth/tokens", null, http.tokenRequest("grid-officer"));
        assertThat(r.status()).isEqualTo(201);
        String token = r.json().get("token").asString();
        assertThat(token).startsWith("ciip_");
        assertThat(r.json().get("expiresAt").asString()).isNotBlank();
        assertThat(http.get("/api/v1/assets", token).status()).isEqualTo(200);
    }

    @Test
    void tokensAreStoredOnlyAsTheirHash() {
        String token = http.post("/api/v1/auth/tokens", null, http.tokenRequest("bank-officer")).json().get("token")
                .asString();
        Integer clear = jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token);
        assertThat(clear).isZero();
        Integer hashed = jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
                org.ciip.shared.Hashing.sha256Hex(token));
        assertThat(hashed).isOne();
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameUninformative401() {
        Http.Response wrongPassword = http.post("/api/v1/auth/tokens", null,
                "{\"username\":\"grid-staff\",\"password\":\"not-the-password\"}");
        Http.Response unknownUser = http.post("/api/v1/auth/tokens", null,
                "{\"username\":\"no-such-user\",\"password\":\"whatever\"}");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownUser.json().get("detail"));
        assertThat(wrongPassword.json().get("type").asString()).isEqualTo("urn:ciip:problem:bad-credentials");
        // sign in once more so the failure counter of the demo account is reset
        assertThat(http.post("/api/v1/auth/tokens", null, http.tokenRequest("grid-staff")).status()).isEqualTo(201);
    }

    @Test
    void anApiRequestWithoutATokenOrWithAnUnknownOneIs401() {
        assertThat(http.get("/api/v1/assets", null).status()).isEqualTo(401);
        Http.Response bad = http.get("/api/v1/assets", "ciip_not-a-real-token");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.json().get("type").asString()).isEqualTo("urn:ciip:problem:invalid-token");
    }

    @Test
    void repeatedFailuresLockTheAccountSoThatNeitherTheRightPasswordNorItsTokensWorkForAWhile() {
        java.util.UUID probe = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount("lockout-probe",
                "Lockout probe", jdbc.queryForObject("select organization_id from account where username = 'grid-staff'",
                        java.util.UUID.class), Set.of(Role.STAFF), "a-long-enough-password")));
        accounts.runAs("grid-officer", () -> {
            accounts.decide(probe, true, null);
            return null;
        });
        String token = http.post("/api/v1/auth/tokens", null,
                "{\"username\":\"lockout-probe\",\"password\":\"a-long-enough-password\"}").json().get("token")
                .asString();
        assertThat(http.get("/api/v1/assets", token).status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(http.post("/api/v1/auth/tokens", null,
                    "{\"username\":\"lockout-probe\",\"password\":\"wrong-" + i + "\"}").status()).isEqualTo(401);
        }
        assertThat(http.get("/api/v1/assets", token).status()).as("a locked account's token (issue 23, finding 8)")
                .isEqualTo(401);
        assertThat(http.post("/api/v1/auth/tokens", null,
                "{\"username\":\"lockout-probe\",\"password\":\"a-long-enough-password\"}").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select locked_until is not null from account where username = 'lockout-probe'",
                Boolean.class)).isTrue();
    }

    @Test
    void formSignInNeedsTheCsrfTokenAndTheSecondFactorAndIssuesANewSessionIdAtEachStep() {
        Http.Response loginPage = http.send(http.request("/login", null).GET());
        String cookie = Http.sessionCookie(loginPage);
        String csrf = Http.csrfToken(loginPage.body());

        Http.Response withoutCsrf = http.send(http.request("/login", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=grid-officer&password=" + Http.DEMO_PASSWORD)));
        assertThat(withoutCsrf.status()).isEqualTo(403);

        Http.Response signedIn = http.send(http.request("/login", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=grid-officer&password=" + Http.DEMO_PASSWORD + "&_csrf=" + csrf)));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
        String passwordOnly = Http.sessionCookie(signedIn);
        assertThat(passwordOnly).isNotNull().isNotEqualTo(cookie);
        Http.Response notYet = http.send(http.request("/assets", null).header("Cookie", passwordOnly).GET());
        assertThat(notYet.status()).isEqualTo(302);
        assertThat(notYet.header("Location")).contains("/login/second-factor");

        Http.Response second = http.submitSecondFactor(passwordOnly, http.totp("grid-officer"));
        assertThat(second.status()).isEqualTo(302);
        assertThat(second.header("Location")).endsWith("/assets");
        String newCookie = Http.sessionCookie(second);
        assertThat(newCookie).isNotNull().isNotEqualTo(passwordOnly);

        Http.Response home = http.send(http.request("/?lang=en", null).header("Cookie", newCookie).GET());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Wang Qiang");
        assertThat(home.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void aWrongPasswordOnTheFormShowsTheSignInPageAgainWithAnError() {
        Http.Response loginPage = http.send(http.request("/login", null).GET());
        Http.Response failed = http.send(http.request("/login", null).header("Cookie", Http.sessionCookie(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=rail-officer&password=wrong&_csrf=" + Http.csrfToken(loginPage.body()))));
        assertThat(failed.status()).isEqualTo(302);
        assertThat(failed.header("Location")).endsWith("/login?error");
        http.token("rail-officer");
    }

    @Test
    void signedOutVisitorsAreSentToTheSignInPage() {
        Http.Response r = http.send(http.request("/assets", null).GET());
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
    }
}
