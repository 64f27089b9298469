package org.ciip.identification;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.regex.Pattern;
import org.ciip.support.Browsers;
import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue "Identification of CII", done when: a department writes and files a rule, MPS records it, the department
 * identifies the grid company's asset as CII, the grid company sees the notice in its inbox, reports a change, and the
 * department sees the re-certification due date the law gives: all in the UI.
 */
@RunningCiip
class BrowserIdentificationFlowTest {

    @Autowired
    Http http;

    @Test
    void aRuleIsFiledRecordedAndUsedAndTheOperatorReportsAChangeAllInTheUi() {
        String assetName = "配电自动化系统 " + UUID.randomUUID().toString().substring(0, 6);
        String assetId = http.post("/api/v1/assets", http.token("grid-officer"), "{\"name\":\"" + assetName
                + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"ENERGY\",\"mlpsLevel\":3,"
                + "\"coreBusiness\":\"Distribution automation\"}").json().get("id").asString();
        String ruleName = "配电系统认定规则 " + UUID.randomUUID().toString().substring(0, 6);

        try (Browsers browsers = Browsers.open(http)) {
            Page department = browsers.signedIn("energy-dept");
            department.navigate(browsers.url("/identification/rules"));
            department.click("#new-rule");
            department.fill("#name", ruleName);
            department.fill("#importance", "配电调度关联度 | Role in distribution dispatching");
            department.fill("#harm", "停电影响用户数 | Customers cut off by an outage");
            department.fill("#crossSector", "依赖行业数 | Sectors depending on it");
            department.click("#save-rule");
            assertThat(department.locator("#rule-status")).hasText("Draft");
            department.click("#file-rule");
            assertThat(department.locator("#rule-status")).containsText("Submitted for filing");
            String ruleUrl = department.url();

            Page mps = browsers.signedIn("mps");
            mps.navigate(browsers.url("/identification/rules"));
            mps.click("text=" + ruleName);
            mps.fill("#recordNumber", "MPS-UI-001");
            mps.click("#record-filing");
            assertThat(mps.locator("#rule-status")).containsText("Filed with MPS");

            department.navigate(ruleUrl);
            department.click("#activate-rule");
            assertThat(department.locator("#rule-status")).containsText("Active");
            String ruleId = ruleUrl.substring(ruleUrl.lastIndexOf('/') + 1);

            department.navigate(browsers.url("/identification"));
            department.click("#candidate-queue tr:has-text('" + assetName + "') >> text=Identify");
            department.navigate(department.url() + "?ruleId=" + ruleId);
            assertThat(department.locator("label[for=justification-HARM]"))
                    .hasClass(java.util.regex.Pattern.compile("required"));
            assertThat(department.locator("label[for=reason]")).not().hasClass(java.util.regex.Pattern.compile(
                    "required"));
            department.selectOption("#rating-importance-1", "4");
            department.selectOption("#rating-harm-1", "2");
            department.selectOption("#rating-cross-sector-1", "1");
            assertThat(department.locator("#recommendation")).containsText("CII");
            department.fill("#justification-IMPORTANCE", "Dispatches the whole distribution network");
            department.fill("#justification-HARM", "A regional outage");
            department.fill("#justification-CROSS_SECTOR_IMPACT", "Little direct dependence");
            department.check("#decision-CII");
            department.click("#decide");
            assertThat(department.locator("#decision-result")).hasText("CII");

            Page grid = browsers.signedIn("grid-officer");
            assertThat(grid.locator("#unread-count")).isVisible();
            grid.click("#inbox-link");
            grid.click("button:has-text('" + assetName + "')");
            assertThat(grid.locator("#decision-result")).hasText("CII");

            grid.navigate(browsers.url("/identification/change-reports/new?assetId=" + assetId));
            grid.fill("#whatChanged", "Merged with the substation monitoring platform");
            grid.fill("#changedOn", "2026-11-02");
            grid.fill("#whyItMayAffect", "It now also controls substations");
            grid.click("#submit-change-report");
            String due = http.get("/api/v1/calendar/period-end?start=" + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                    + "&months=3", http.token("grid-officer")).json().get("endDate").asString();
            assertThat(grid.locator("#due-date")).hasText(due);

            department.navigate(browsers.url("/identification"));
            assertThat(department.locator("tr:has-text('" + assetName + "')").first()).containsText(due);
            department.locator("#open-reports tr:has-text('" + assetName + "') a:text-is('Open')").click();
            assertThat(department).hasURL(Pattern.compile(".*/identification/change-reports/[0-9a-f-]{36}$"));
            assertThat(department.locator("#due-date")).hasText(due);
        }
    }
}
