package org.ciip.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ciip.support.CiipTest;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One real browser: Debian's chromium driven by Playwright. Where no chromium is installed the test is skipped; install
 * it with {@code apt-get install chromium} (.ci/run does) or point {@code CIIP_CHROMIUM} at a Chromium binary.
 */
@CiipTest
class BrowserAssetRegistrationTest {

    @Autowired
    Http http;

    private static Path chromium() {
        return Path.of(System.getenv().getOrDefault("CIIP_CHROMIUM", "/usr/bin/chromium"));
    }

    @Test
    void theGridOfficerSignsInAndRegistersAnAssetThroughTheUi() {
        Path chromium = chromium();
        assumeTrue(Files.isExecutable(chromium), "Browser test skipped: no Chromium at " + chromium
                + ". Install it with 'apt-get install chromium' or set CIIP_CHROMIUM to a Chromium binary.");
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Page page = browser.newPage(new Browser.NewPageOptions().setLocale("en-US"));
            page.navigate(http.base() + "/login?lang=en");
            page.fill("#username", "grid-officer");
            page.fill("#password", Http.DEMO_PASSWORD);
            page.click("button[type=submit]");
            assertThat(page.locator("h1")).containsText("Welcome");

            page.click("#mainNav >> text=Assets");
            assertThat(page.locator("h1")).hasText("Assets");
            page.click("#new-asset");

            page.click("#save-asset");
            assertThat(page.locator("#name + .invalid-feedback")).hasText("Required.");

            String name = "Substation monitoring " + UUID.randomUUID().toString().substring(0, 8);
            page.fill("#name", name);
            page.selectOption("#kind", "NETWORK_FACILITY");
            page.selectOption("#sector", "ENERGY");
            page.selectOption("#mlpsLevel", "4");
            page.fill("#coreBusiness", "Substation telemetry");
            page.click("#save-asset");

            assertThat(page).hasURL(Pattern.compile(".*/assets/[0-9a-f-]{36}$"));
            assertThat(page.locator("h1")).hasText(name);
            assertThat(page.locator(".alert-success")).hasText("The asset was saved.");
            assertThat(page.locator("dd").first()).containsText("华北示范电网有限公司");

            page.navigate(http.base() + "/?lang=zh-CN");
            assertThat(page.locator("#count-CANDIDATE")).not().hasText("0");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-zh.png"))
                    .setFullPage(true));
            browser.close();
        }
    }
}
