package org.ciip.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.ciip.support.Browsers;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16, "done when", in a real browser on the demo world: the energy department issues an orange warning for the
 * vulnerable range of log4j-core; the grid company, whose SCADA system's SBOM carries log4j-core 2.14.1, finds it in
 * its inbox with the matched asset and the clock, acknowledges, and marks the asset fixed with evidence; the
 * department's page shows one operator reached, acknowledged on time, one asset fixed; in English and in Chinese.
 */
@RunningCiip
class BrowserEarlyWarningTest {

    static final String TITLE = "Apache Log4j2 remote code execution (Log4Shell)";

    @Autowired
    Http http;

    @Test
    void theEnergyDepartmentWarnsTheGridWhichAcknowledgesAndFixesItsScadaSystem() {
        try (Browsers browsers = Browsers.open(http)) {
            Page dept = browsers.signedIn("energy-dept");
            dept.click("#mainNav >> text=Early warnings");
            dept.click("#new-warning");
            dept.click("#issue-warning");
            assertThat(dept.locator("#actions + .invalid-feedback")).hasText("Required.");
            dept.fill("#titleZh", "Apache Log4j2 远程代码执行漏洞");
            dept.fill("#titleEn", TITLE);
            dept.selectOption("#level", "ORANGE");
            dept.fill("#identifiers", "CVE-2021-44228, CNVD-2021-95914");
            dept.fill("#products", "pkg:maven/org.apache.logging.log4j/log4j-core introduced=2.0-beta9 fixed=2.15.0");
            dept.fill("#actions", "升级 log4j-core 至 2.17.1；阻断出站 LDAP。Upgrade log4j-core to 2.17.1; block outbound LDAP.");
            dept.click("#issue-warning");
            assertThat(dept.locator("#warning-title")).hasText(TITLE);
            assertThat(dept.locator("#count-reached")).hasText("1");
            assertThat(dept.locator("#recipients")).containsText("Awaiting acknowledgement");
            String warning = dept.url();

            Page grid = browsers.signedIn("grid-officer");
            grid.click("#inbox-link");
            Locator notice = grid.locator("form.list-group-item:has-text('" + TITLE + "')");
            assertThat(notice).containsText("acknowledge by");
            assertThat(notice).containsText("电力调度控制系统 (SCADA)");
            notice.locator("button").click();
            assertThat(grid.locator("#warning-title")).hasText(TITLE);
            Locator scada = grid.locator(".card:has-text('电力调度控制系统 (SCADA)')");
            assertThat(scada).containsText("log4j-core 2.14.1");
            grid.click("#acknowledge");
            assertThat(grid.locator("#your-status")).containsText("Acknowledged on time");
            scada.locator("select[name=status]").selectOption("FIXED");
            scada.locator("button:has-text('Save')").click();
            assertThat(scada.locator(".alert-danger")).containsText("Evidence: Required.");
            assertThat(scada.locator("input[name=evidence]")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(scada.locator("select[name=status]")).hasValue("FIXED");
            scada.locator("input[name=evidence]").fill("升级至 2.17.1，变更单 CHG-4711 Upgraded to 2.17.1, change CHG-4711");
            scada.locator("button:has-text('Save')").click();
            assertThat(scada.locator(".badge")).hasText("Fixed");
            grid.navigate(grid.url().replaceAll("#.*", "") + "?lang=zh-CN");
            assertThat(grid.locator("#your-status")).containsText("按时确认");
            assertThat(grid.locator("#warning-level")).hasText("橙色（严重）");
            assertThat(grid.locator(".card:has-text('电力调度控制系统 (SCADA)') .badge")).hasText("已修复");

            // the SBOM behind the match, and a component added and removed by hand
            grid.locator(".card:has-text('电力调度控制系统 (SCADA)') h3 a").click();
            grid.click("#inventory-link");
            assertThat(grid.locator("#components")).containsText("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1");
            assertThat(grid.locator("#components")).containsText("/components/0/components/0");
            grid.click("#add-component summary");
            grid.fill("#add-component input[name=name]", "historian-agent");
            grid.fill("#add-component input[name=version]", "3.2");
            grid.click("#add-component-button");
            assertThat(grid.locator("#edit-result")).isVisible();
            Locator added = grid.locator("#components tr:has-text('historian-agent')");
            assertThat(added).containsText("手工录入");
            added.locator("button").click();
            assertThat(grid.locator("#components")).not().containsText("historian-agent");

            dept.navigate(warning);
            assertThat(dept.locator("#count-on-time")).hasText("1");
            assertThat(dept.locator("#count-resolved")).hasText("1");
            assertThat(dept.locator("#matched-assets")).containsText("Fixed");
            dept.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/early-warning.png"))
                    .setFullPage(true));
        }
    }
}
