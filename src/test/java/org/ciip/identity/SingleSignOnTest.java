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
}
