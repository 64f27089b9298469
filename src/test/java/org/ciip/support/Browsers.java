package org.ciip.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright. Where no Chromium is installed, browser tests are skipped with a message:
 * install it with {@code apt-get install chromium} (.ci/run does) or point {@code CIIP_CHROMIUM} at a binary.
 */
public final class Browsers implements AutoCloseable {

    private final Playwright playwright;
    private final Browser browser;
    private final String base;
    private final Http http;

    /**
     * How long an action, a navigation or an assertion may wait for the state it expects before it fails: an upper
     * bound, not a pause (nothing waits longer than the state takes). Playwright's 5 s and 30 s failed on a machine
     * loaded with a second build (one navigation in a clean-clone CI run of 2026-12-03).
     */
    static final double TIMEOUT_MS = 90_000;

    static {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
    }

    private Browsers(Http http) {
        this.http = http;
        String base = http.base();
        Path chromium = Path.of(System.getenv().getOrDefault("CIIP_CHROMIUM", "/usr/bin/chromium"));
        assumeTrue(Files.isExecutable(chromium), "Browser test skipped: no Chromium at " + chromium
                + ". Install it with 'apt-get install chromium' or set CIIP_CHROMIUM to a Chromium binary.");
        this.base = base;
        this.playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static Browsers open(Http http) {
        return new Browsers(http);
    }

    /** A new browser context (its own cookies) signed in as a demo account, in English. */
    public Page signedIn(String username) {
        Page page = context().newPage();
        // the confirmations before irreversible actions are accepted, as the person would
        page.onDialog(com.microsoft.playwright.Dialog::accept);
        page.navigate(base + "/login?lang=en");
        page.fill("#username", username);
        page.fill("#password", Http.DEMO_PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(base + "/login/second-factor**");
        page.fill("#code", http.totp(username));
        page.click("form[action$='/login/second-factor'] button[type=submit]");
        page.waitForURL(base + "/");
        return page;
    }

    /** A new browser context that nobody signed in to, in English. */
    public Page anonymous() {
        return context().newPage();
    }

    private com.microsoft.playwright.BrowserContext context() {
        com.microsoft.playwright.BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("en-US"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        return context;
    }

    public String url(String path) {
        return base + path;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
