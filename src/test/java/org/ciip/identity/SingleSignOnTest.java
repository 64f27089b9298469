package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect issuer (mock-oauth2-server): the authorization code flow with PKCE signs
 * a person into the CIIP account their claim names, with CIIP's roles; an account that needs a second factor is asked
 * for it unless the issuer asserted one; an unlinked person is refused; the issuer's JWTs are accepted on the API, and
 * another issuer's, or one for another audience, refused.
 */
@RunningCiip
@DirtiesContext
class SingleSignOnTest {

    static final MockOAuth2Server ISSUER = new MockOAuth2Server();
    static final MockOAuth2Server OTHER = new MockOAuth2Server();

    static {
        ISSUER.start();
        OTHER.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.registration.sso.client-id", () -> "ciip");
        registry.add("spring.security.oauth2.client.registration.sso.client-secret", () -> "ciip-secret");
        registry.add("spring.security.oauth2.client.registration.sso.scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.sso.issuer-uri",
                () -> ISSUER.issuerUrl("default").toString());
    }

    @AfterAll
    static void stop() {
        ISSUER.shutdown();
        OTHER.shutdown();
    }

    @Autowired
    Http http;

    final HttpClient browser = HttpClient.newHttpClient();

    /** The person the issuer signs in next: their claims. */
    static void nextSignIn(Map<String, Object> claims) {
        ISSUER.enqueueCallback(new DefaultOAuth2TokenCallback("default", "person-" + claims.get("preferred_username"),
                "JWT", List.of("ciip"), claims, 3600));
    }

    private HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String fallback) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(fallback);
    }

    /** The browser's journey: CIIP to the issuer and back; answers where CIIP sends the person, and the session. */
    private String[] signIn() throws Exception {
        HttpResponse<String> start = get(http.base() + "/oauth2/authorization/sso", null);
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = start.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).startsWith(ISSUER.issuerUrl("default").toString())
                .contains("code_challenge=", "code_challenge_method=S256", "response_type=code");
        String session = cookie(start, null);
        HttpResponse<String> issued = get(authorize, null);
        assertThat(issued.statusCode()).isEqualTo(302);
        String callback = issued.headers().firstValue("Location").orElseThrow();
        assertThat(callback).startsWith(http.base() + "/login/oauth2/code/sso?code=");
        HttpResponse<String> back = get(callback, session);
        assertThat(back.statusCode()).isEqualTo(302);
        String signedIn = cookie(back, session);
        return new String[] {back.headers().firstValue("Location").orElseThrow(), signedIn};
    }

    @Test
    void aPersonTheIssuerSignsInWorksAsTheLinkedAccountWithItsRolesFromCiip() throws Exception {
        // the demo accounts all use a second factor: the issuer asserts one
        nextSignIn(Map.of("preferred_username", "grid-staff", "amr", List.of("pwd", "otp"),
                "roles", List.of("PLATFORM_ADMIN")));
        String[] result = signIn();
        assertThat(result[0]).isEqualTo(http.base() + "/");
        HttpResponse<String> home = get(http.base() + "/account", result[1]);
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("grid-staff");
        assertThat(get(http.base() + "/admin/accounts", result[1]).statusCode())
                .as("roles come from CIIP, not from the token").isEqualTo(403);
    }

    @Test
    void aRegulatorIsAskedForTheSecondFactorUnlessTheIssuerAssertedOne() throws Exception {
        nextSignIn(Map.of("preferred_username", "energy-dept", "amr", List.of("pwd")));
        String[] passwordOnly = signIn();
        HttpResponse<String> home = get(http.base() + "/", passwordOnly[1]);
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).contains("/login/second-factor");

        nextSignIn(Map.of("preferred_username", "energy-dept", "amr", List.of("pwd", "otp")));
        String[] withOtp = signIn();
        assertThat(get(http.base() + "/", withOtp[1]).statusCode()).isEqualTo(200);
    }

    @Test
    void aPersonLinkedToNoAccountIsNotSignedIn() throws Exception {
        nextSignIn(Map.of("preferred_username", "nobody-" + System.nanoTime()));
        String[] result = signIn();
        assertThat(result[0]).contains("/login?ssoError");
        assertThat(get(http.base() + "/login?ssoError", null).body()).contains("sso-failed");
    }

    @Test
    void theIssuersJwtsAreAcceptedOnTheApiAndAnotherIssuersOrAudiencesRefused() {
        String staff = ISSUER.issueToken("default", "person-grid-staff", new DefaultOAuth2TokenCallback("default",
                "person-grid-staff", "JWT", List.of("ciip"), Map.of("preferred_username", "grid-staff", "amr", List.of("mfa")), 3600))
                .serialize();
        Http.Response assets = http.get("/api/v1/assets", staff);
        assertThat(assets.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/assets", http.token("grid-staff")).json().get("total"))
                .isEqualTo(assets.json().get("total"));

        String other = OTHER.issueToken("default", "person-grid-staff", new DefaultOAuth2TokenCallback("default",
                "person-grid-staff", "JWT", List.of("ciip"), Map.of("preferred_username", "grid-staff", "amr", List.of("mfa")), 3600))
                .serialize();
        assertThat(http.get("/api/v1/assets", other).status()).as("another issuer").isEqualTo(401);
        String elsewhere = ISSUER.issueToken("default", "person-grid-staff", new DefaultOAuth2TokenCallback("default",
                "person-grid-staff", "JWT", List.of("another-app"), Map.of("preferred_username", "grid-staff", "amr", List.of("mfa")), 3600))
                .serialize();
        assertThat(http.get("/api/v1/assets", elsewhere).status()).as("another audience").isEqualTo(401);

        String regulator = ISSUER.issueToken("default", "person-energy", new DefaultOAuth2TokenCallback("default",
                "person-energy", "JWT", List.of("ciip"), Map.of("preferred_username", "energy-dept"), 3600))
                .serialize();
        assertThat(http.get("/api/v1/assets", regulator).status()).as("a regulator without a second factor")
                .isEqualTo(401);
        String regulatorMfa = ISSUER.issueToken("default", "person-energy", new DefaultOAuth2TokenCallback("default",
                "person-energy", "JWT", List.of("ciip"), Map.of("preferred_username", "energy-dept",
                        "amr", List.of("pwd", "hwk")), 3600)).serialize();
        assertThat(http.get("/api/v1/assets", regulatorMfa).status()).isEqualTo(200);
    }

    @Autowired
    Accounts accounts;
    @Autowired
    org.ciip.support.FreshOperators fresh;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.ciip.support.MovableClock clock;

    /** The roles badges of the account page of a session. */
    private String rolesShown(String session) throws Exception {
        String page = get(http.base() + "/account?lang=en", session).body();
        return page.substring(page.indexOf("Roles"), page.indexOf("</dd>", page.indexOf("Roles")));
    }

    @Test
    void theAdministratorMapsAnIssuersGroupToStaffButNeverToAnApprovingRole() throws Exception {
        org.ciip.support.FreshOperators.Party agency = fresh.create(org.ciip.shared.OrganizationKind.SERVICE_AGENCY,
                null);
        String viewer = "sso-viewer-" + System.nanoTime() % 100000;
        java.util.UUID id = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount(viewer, "Viewer",
                agency.id(), java.util.Set.of(org.ciip.shared.Role.VIEWER), "tidal-lantern-morning")));
        accounts.runAs(agency.username(), () -> {
            accounts.decide(id, true, null);
            return null;
        });
        nextSignIn(Map.of("preferred_username", viewer, "groups", List.of("testers")));
        assertThat(rolesShown(signIn()[1])).contains(">Viewer<").doesNotContain(">Staff<");

        String admin = http.signIn("admin");
        Http.Response approving = http.postForm("/admin/single-sign-on", admin, "/admin/single-sign-on",
                "group", "testers", "organizationId", agency.id().toString(), "role", "PRINCIPAL");
        assertThat(approving.status()).isEqualTo(302);
        String refused = http.send(http.request("/admin/single-sign-on?lang=en", null).header("Cookie", admin).GET())
                .body();
        assertThat(refused).contains("Choose staff or viewer").contains("value=\"testers\"");
        assertThat(http.postForm("/admin/single-sign-on", admin, "/admin/single-sign-on", "group", "testers",
                "organizationId", agency.id().toString(), "role", "STAFF").status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'SSO_GROUP_MAPPED' "
                + "and object_id = ?", Long.class, agency.id().toString())).isEqualTo(1);

        nextSignIn(Map.of("preferred_username", viewer, "groups", List.of("testers", "others")));
        assertThat(rolesShown(signIn()[1])).contains(">Viewer<").contains(">Staff<");
        nextSignIn(Map.of("preferred_username", viewer, "groups", List.of("others")));
        assertThat(rolesShown(signIn()[1])).as("left the group at the issuer").doesNotContain(">Staff<");
        // the mapping gives the role in its own organization only
        nextSignIn(Map.of("preferred_username", "grid-staff", "amr", List.of("otp"), "groups", List.of("testers")));
        assertThat(rolesShown(signIn()[1])).contains(">Staff<").doesNotContain(">Viewer<");
    }

    @Test
    void aSensitiveActionSixteenMinutesAfterSigningInAtTheIssuerSendsThePersonBackToTheIssuer() throws Exception {
        nextSignIn(Map.of("preferred_username", "grid-officer", "amr", List.of("pwd", "otp")));
        String session = signIn()[1];
        clock.advance(java.time.Duration.ofMinutes(16));
        try {
            Http.Response stale = http.postForm("/account/tokens", session, "/account", "name", "late");
            assertThat(stale.status()).isEqualTo(302);
            assertThat(stale.header("Location")).contains("/oauth2/authorization/sso");
            assertThat(jdbc.queryForObject("select count(*) from api_token where name = 'late'", Long.class))
                    .as("no token issued").isZero();
        } finally {
            clock.advance(java.time.Duration.ofMinutes(-16));
        }
    }
}
