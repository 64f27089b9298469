package org.ciip.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.Browsers;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, MFA: a passkey (WebAuthn), in a real browser with Chromium's virtual authenticator (an internal platform
 * authenticator that verifies the person, as a laptop's fingerprint reader does). A security officer (an approving
 * role, who must use a second factor; of an organization of its own, so that no other test meets it) adds a passkey; signs in with it alone and as the second step after the password; an authenticator that did
 * not verify the person is refused; a removed passkey signs nobody in. Each change is audited and each sign-in is in
 * the login history.
 */
@RunningCiip
class BrowserPasskeyTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecurityOfficerSignsInWithAPasskeyAloneOrAfterThePasswordUntilItIsRemoved() {
        String officer = fresh.create(OrganizationKind.SERVICE_AGENCY, null).username();
        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn(officer);
            String authenticator = virtualAuthenticator(page);

            page.navigate(browsers.url("/account/second-factor?lang=en"));
            assertThat(page.locator("#no-passkeys")).isVisible();
            page.click("#add-passkey");
            assertThat(page.locator("#passkey-label")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            page.fill("#passkey-label", "Work laptop");
            page.click("#add-passkey");
            assertThat(page.locator("#passkey-added")).isVisible();
            assertThat(page.locator("#passkey-list")).containsText("Work laptop");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSKEY_REGISTERED' "
                    + "and summary::text like ?", Long.class, "%" + officer + "%")).isEqualTo(1);

            // the passkey alone: no password, no code (the authenticator verified the person)
            signOut(page, browsers);
            page.navigate(browsers.url("/login?lang=en"));
            page.click("#passkey-sign-in button");
            page.waitForURL(browsers.url("/"));
            assertThat(page.locator("#account-link")).hasText(officer);
            page.navigate(browsers.url("/account?lang=en"));
            assertThat(page.locator("table:has-text('Step') tbody tr").first()).containsText("Passkey");

            // the passkey as the second step after the password
            signOut(page, browsers);
            page.navigate(browsers.url("/login?lang=en"));
            page.fill("#username", officer);
            page.fill("#password", Http.DEMO_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(browsers.url("/login/second-factor**"));
            page.click("#passkey-second-step button");
            page.waitForURL(browsers.url("/"));
            assertThat(page.locator("#account-link")).hasText(officer);

            // an authenticator that did not verify the person (no fingerprint, no PIN) is one factor: refused
            signOut(page, browsers);
            JsonObject unverified = new JsonObject();
            unverified.addProperty("authenticatorId", authenticator);
            unverified.addProperty("isUserVerified", false);
            cdp(page).send("WebAuthn.setUserVerified", unverified);
            page.navigate(browsers.url("/login?lang=en"));
            page.click("#passkey-sign-in button");
            assertThat(page.locator("#passkey-sign-in .passkey-message")).containsText("did not verify you");
            assertThat(page).hasURL(browsers.url("/login?lang=en"));

            // removed: it signs nobody in again
            page.fill("#username", officer);
            page.fill("#password", Http.DEMO_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(browsers.url("/login/second-factor**"));
            page.fill("#code", http.totp(officer));
            page.click("form[action$='/login/second-factor'] button[type=submit]");
            page.waitForURL(browsers.url("/"));
            page.navigate(browsers.url("/account/second-factor?lang=en"));
            page.click("#passkey-list button:has-text('Remove')");
            assertThat(page.locator("#passkey-done")).hasText("The passkey was removed.");
            assertThat(page.locator("#no-passkeys")).isVisible();
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSKEY_REMOVED' "
                    + "and summary::text like ?", Long.class, "%" + officer + "%")).isEqualTo(1);
            JsonObject verified = new JsonObject();
            verified.addProperty("authenticatorId", authenticator);
            verified.addProperty("isUserVerified", true);
            cdp(page).send("WebAuthn.setUserVerified", verified);
            signOut(page, browsers);
            page.navigate(browsers.url("/login?lang=en"));
            page.click("#passkey-sign-in button");
            assertThat(page.locator("#passkey-sign-in .passkey-message")).isVisible();
            assertThat(page.locator("#account-link")).hasCount(0);
        }
    }

    private CDPSession session;

    private CDPSession cdp(Page page) {
        if (session == null) {
            session = page.context().newCDPSession(page);
        }
        return session;
    }

    /** Chromium's virtual authenticator: a platform authenticator with resident keys that verifies the person. */
    private String virtualAuthenticator(Page page) {
        cdp(page).send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject arguments = new JsonObject();
        arguments.add("options", options);
        return cdp(page).send("WebAuthn.addVirtualAuthenticator", arguments).get("authenticatorId").getAsString();
    }

    private static void signOut(Page page, Browsers browsers) {
        page.click("form[action$='/logout'] button");
        page.waitForURL(browsers.url("/login?signedOut"));
    }
}
