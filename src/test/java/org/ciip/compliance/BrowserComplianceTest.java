package org.ciip.compliance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.Browsers;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6, "done when", in a real browser on the demo world: the finance department's dashboard shows the bank
 * non-compliant on Art. 39(9) because of the missing agreement, with the range that may follow, and compliant again
 * once the bank records the agreement; the grid company is non-compliant on Art. 40 after its late report.
 */
@RunningCiip
class BrowserComplianceTest {

    static final String BANK = "示范商业银行股份有限公司";
    static final String GRID = "华北示范电网有限公司";

    @Autowired
    Http http;

    @Test
    void theFinanceDepartmentSeesTheBanksMissingAgreementUntilItIsRecordedAndTheGridsLateReport() {
        LocalDate today = LocalDate.now(LegalTime.ZONE);
        String bankToken = http.token("bank-officer");
        String bankId = http.get("/api/v1/organizations?q=" + java.net.URLEncoder.encode(BANK,
                java.nio.charset.StandardCharsets.UTF_8), bankToken).json().get("items").get(0).get("id").asString();
        // Other tests may have added purchases to the demo bank: only the demo's log analytics service is left open.
        for (JsonNode p : http.get("/api/v1/operators/" + bankId + "/purchases?size=200", bankToken).json()
                .get("items")) {
            if (p.get("agreementMissing").asBoolean() && !p.get("item").asString().contains("Log analytics")) {
                http.post("/api/v1/purchases/" + p.get("id").asString() + "/agreement", bankToken,
                        "{\"signedOn\": \"" + today + "\", \"obligations\": \"Confidentiality\"}");
            }
        }

        try (Browsers browsers = Browsers.open(http)) {
            Page dept = browsers.signedIn("finance-dept");
            dept.click("#mainNav >> text=Compliance");
            assertThat(dept.locator("h1")).containsText("Compliance of operators");
            dept.click("#row-39-9 .cell-NON_COMPLIANT a");
            Locator bankRow = dept.locator("#drill-table tr:has-text('" + BANK + "')");
            assertThat(bankRow).containsText("without a security and confidentiality agreement in force");
            assertThat(bankRow).containsText("CNY 100,000 – 1,000,000");
            assertThat(bankRow).containsText("CNY 10,000 – 100,000");
            assertThat(bankRow).containsText("refuses to correct");
            dept.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/compliance-matrix.png"))
                    .setFullPage(true));

            Page bank = browsers.signedIn("bank-officer");
            bank.click("#mainNav >> text=Compliance");
            assertThat(bank.locator("#item-39-9")).containsText("Non-compliant");
            assertThat(bank.locator("#item-39-9")).containsText("Record a security and confidentiality agreement");
            bank.click("#item-39-9 >> text=Open the security program");
            Locator purchase = bank.locator(".card:has-text('Log analytics subscription')");
            purchase.locator("summary:has-text('Record the agreement')").click();
            purchase.locator("input[name=signedOn]").fill(today.toString());
            purchase.locator("textarea[name=obligations]").fill("日志保密；2小时内通报泄露 Confidential logs; breach notice in 2 hours");
            purchase.locator("button:has-text('Save')").last().click();
            assertThat(bank.locator("#duty-AGREEMENTS")).containsText("Met");
            bank.navigate(browsers.url("/operators/" + bankId + "/compliance"));
            assertThat(bank.locator("#item-39-9")).containsText("Compliant");

            // the department sees it too (the list of compliant operators grows with other tests' operators)
            dept.navigate(browsers.url("/operators/" + bankId + "/compliance"));
            assertThat(dept.locator("#item-39-9")).containsText("Compliant");

            Page energy = browsers.signedIn("energy-dept");
            energy.navigate(browsers.url("/compliance"));
            energy.click("#row-40 .cell-NON_COMPLIANT a");
            Locator gridRow = energy.locator("#drill-table tr:has-text('" + GRID + "')");
            assertThat(gridRow).containsText("incident reports missed their clock");
            gridRow.locator("a:has-text('" + GRID + "')").click();
            assertThat(energy.locator("#item-40")).containsText("Non-compliant");

            Page mps = browsers.signedIn("mps");
            mps.click("#mainNav >> text=Compliance");
            assertThat(mps.locator("#by-province")).containsText("Beijing");
            assertThat(mps.locator("#by-sector")).not().containsText(GRID);
            mps.navigate(browsers.url("/compliance?lang=zh-CN"));
            assertThat(mps.locator("h1")).containsText("全国合规情况");
        }
    }
}
