package org.ciip.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ciip.support.Browsers;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One real browser (see {@link Browsers}): an operator registers an asset. */
@RunningCiip
class BrowserAssetRegistrationTest {

    @Autowired
    Http http;

    @Test
    void theGridOfficerSignsInAndRegistersAnAssetThroughTheUi() {
        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn("grid-officer");
            assertThat(page.locator("h1")).containsText("Welcome");

            page.click("#mainNav >> text=Assets");
            assertThat(page.locator("h1")).hasText("Assets");
            page.click("#new-asset");

            assertThat(page.locator("label.required[for='name']")).hasCount(1);
            assertThat(page.locator("label.required[for='basicTelecomNetwork']")).hasCount(0);
            assertThat(page.locator(".required-note")).containsText("required");
            page.fill("#coreBusiness", "Kept after the error");
            page.click("#save-asset");
            assertThat(page.locator("#name + .invalid-feedback")).hasText("Required.");
            // the problems are listed at the top, each naming its field, and the list has the focus
            assertThat(page.locator(".error-summary")).isFocused();
            assertThat(page.locator(".error-summary a[href='#name']")).hasText("Name: Required.");
            assertThat(page.locator("#coreBusiness")).hasValue("Kept after the error");

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

            page.navigate(browsers.url("/?lang=zh-CN"));
            assertThat(page.locator("#count-CANDIDATE")).not().hasText("0");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/home-zh.png"))
                    .setFullPage(true));
        }
    }
}
