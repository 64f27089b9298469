package org.ciip.incident;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.ciip.support.Browsers;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue "Incident reporting on statutory clocks", done when: the grid company's officer reports a ransomware incident on
 * its CII that leaked 12,000,000 people's records; it is graded MAJOR with that reason; the energy department and the
 * Beijing public security organ see it with a 1-hour clock; the department forwards it and MPS and CAC see it with the
 * forwarding instant; the officer files a supplement and a final report. In the UI.
 */
@RunningCiip
class BrowserIncidentFlowTest {

    @Autowired
    Http http;

    @Test
    void aRansomwareIncidentIsReportedForwardedSupplementedAndClosedInTheUi() {
        String summary = "勒索软件攻击调度系统 " + UUID.randomUUID().toString().substring(0, 6);
        String discovered = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        try (Browsers browsers = Browsers.open(http)) {
            Page grid = browsers.signedIn("grid-officer");
            grid.navigate(browsers.url("/incidents/new"));
            grid.check("label:has-text('SCADA') >> xpath=preceding-sibling::input");
            grid.fill("#discoveredAt", discovered);
            grid.fill("#summary", summary);
            grid.click("summary:has-text('Ransomware')");
            grid.fill("#ransomMethod", "Bitcoin");
            grid.fill("#personalInfoRecordsLeaked", "12000000");
            grid.locator("#personalInfoRecordsLeaked").dispatchEvent("change");
            assertThat(grid.locator("#preview-grade")).hasText("Major");
            assertThat(grid.locator("#preview")).containsText("People whose personal information leaked");
            grid.waitForNavigation(() -> grid.click("#submit-incident"));
            assertThat(grid.locator("#incident-grade")).hasText("Major");
            assertThat(grid.locator("#clocks")).containsText("Report to the protection department");
            String incidentUrl = grid.url();

            for (String regulator : new String[] {"energy-dept", "psb-beijing"}) {
                Page page = browsers.signedIn(regulator);
                page.navigate(browsers.url("/incidents"));
                assertThat(page.locator("#incident-list tr:has-text('" + summary + "')")).containsText("Major");
                page.waitForNavigation(() -> page.click("text=" + summary));
                assertThat(page.locator("#clocks tr:has-text('Report to the')").first()).containsText("Met");
                page.waitForNavigation(() -> page.click("#acknowledge"));
                assertThat(page.locator(".alert-success")).hasText("Receipt acknowledged.");
                if (regulator.equals("energy-dept")) {
                    assertThat(page.locator("#clocks tr:has-text('Forward to CAC')")).containsText("min left");
                    page.waitForNavigation(() -> page.click("#forward"));
                    assertThat(page.locator(".alert-success")).containsText("Forwarded");
                    assertThat(page.locator("#clocks tr:has-text('Forward to MPS')")).containsText("Met");
                }
            }

            for (String national : new String[] {"mps", "cac"}) {
                Page page = browsers.signedIn(national);
                page.navigate(browsers.url("/incidents"));
                page.waitForNavigation(() -> page.click("text=" + summary));
                assertThat(page.locator("table:has-text('Forwarded to')")).isVisible();
            }

            grid.navigate(incidentUrl);
            grid.fill("#development", "Entry through an unpatched VPN appliance");
            grid.waitForNavigation(() -> grid.click("#submit-supplement"));
            assertThat(grid.locator(".alert-success")).hasText("The supplement was filed.");
            grid.waitForNavigation(() -> grid.click("#handling-ended"));
            assertThat(grid.locator("label[for=final-cause]")).hasClass(java.util.regex.Pattern.compile("required"));
            assertThat(grid.locator("label[for=final-lessons]"))
                    .not().hasClass(java.util.regex.Pattern.compile("required"));
            grid.fill("#final-harm", "12 million people's records leaked");
            grid.waitForNavigation(() -> grid.click("#submit-final-report"));
            assertThat(grid.locator("#final-cause")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(grid.locator("#final-report-form .error-summary")).containsText("Cause");
            assertThat(grid.locator("#final-report-form .error-summary")).containsText("Response");
            assertThat(grid.locator("#final-harm")).hasValue("12 million people's records leaked");
            assertThat(grid.locator("#incident-status")).not().hasText("Closed");
            grid.fill("#final-cause", "Unpatched VPN appliance");
            grid.fill("#final-response", "Isolated and restored from backups");
            grid.waitForNavigation(() -> grid.click("#submit-final-report"));
            assertThat(grid.locator("#incident-status")).hasText("Closed");
            assertThat(grid.locator(".incident-version")).hasCount(4);
        }
    }
}
