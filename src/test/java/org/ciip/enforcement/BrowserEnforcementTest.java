package org.ciip.enforcement;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.Browsers;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20, "done when", in a real browser: the finance department opens a case against the bank for its purchase
 * without an agreement (Art. 39(9)), orders a correction within 15 days with a warning; the bank does not correct; the
 * department decides a fine within the range with a responsible person's fine; the bank sees the decision and its
 * reconsideration clock, and its access page shows each time the department read its program, and why.
 */
@RunningCiip
class BrowserEnforcementTest {

    @Autowired
    Http http;
    @Autowired
    MovableClock clock;

    /** Sends a form and waits until the page it leads to has loaded, however long the server takes. */
    static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.click(button));
    }

    @Test
    void theFinanceDepartmentFinesTheBanksRefusalAndTheBankSeesTheDecisionAndWhoReadItsProgram() {
        LocalDate today = LegalTime.today(clock);
        try (Browsers browsers = Browsers.open(http)) {
            Page department = browsers.signedIn("finance-dept");
            department.click("#mainNav >> text=Cases");
            department.click("#new-case");
            department.selectOption("#article", "39(9)");
            department.selectOption("#operatorId", new com.microsoft.playwright.options.SelectOption()
                    .setLabel("示范商业银行股份有限公司"));
            department.selectOption("#sourceKind", "COMPLIANCE");
            department.fill("#actDate", today.minusDays(40).toString());
            submit(department, "#open-case");
            assertThat(department.locator("#facts")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            department.fill("#facts", "A firewall was purchased without a security and confidentiality agreement.");
            department.fill("#actDate", today.minusDays(40).toString());
            department.locator("input[name=personName]").first().fill("李四");
            department.locator("input[name=personPosition]").first().fill("Head of procurement");
            submit(department, "#open-case");
            assertThat(department.locator("#case-done")).containsText("The case was opened.");
            assertThat(department.locator("#case-citation")).hasText("Art. 39(9)");
            String caseUrl = department.url();
            String number = department.locator("#case-number").textContent();

            // with the case open, the department reads the bank's program for the case
            department.navigate(browsers.url("/program?q=" + java.net.URLEncoder.encode("示范商业银行",
                    java.nio.charset.StandardCharsets.UTF_8)));
            department.click("#operator-table >> text=示范商业银行股份有限公司");
            assertThat(department.locator("#duty-AGREEMENTS")).containsText("Art. 39(9)");

            department.navigate(caseUrl);
            department.fill("#requirements", "Sign the security and confidentiality agreement with the provider.");
            department.fill("#correctWithinDays", "15");
            submit(department, "#issue-order");
            assertThat(department.locator("#case-status")).hasText("Ordered to correct");
            LocalDate correctBy = LocalDate.parse(department.locator("#case-correct-by").textContent());
            assertThat(department.locator("#order-pdf-zh")).isVisible();

            clock.advance(Duration.between(clock.instant(), correctBy.plusDays(1).atStartOfDay(LegalTime.ZONE)
                    .toInstant().plusSeconds(3600)));
            try {
                department.navigate(caseUrl);
                assertThat(department.locator("#case-overdue")).isVisible();
                department.fill("#note", "No agreement was signed by the deadline.");
                submit(department, "#find-refusal");
                assertThat(department.locator("#case-status")).hasText("Refused to correct");
                department.fill("#unitFine", "5000000");
                department.fill("#reasons", "The bank refused to correct within the period.");
                department.locator("#decision-form input[name^=fine]").first().fill("20000");
                submit(department, "#decide");
                assertThat(department.locator("#case-errors")).isVisible();
                assertThat(department.locator("#unitFine + .invalid-feedback")).containsText("from 100,000 to 1,000,000 CNY");
                department.fill("#unitFine", "200000");
                department.locator("#decision-form input[name^=fine]").first().fill("20000");
                department.fill("#reasons", "The bank refused to correct within the period.");
                submit(department, "#decide");
                assertThat(department.locator("#case-status")).hasText("Decided (closed)");
                // back to the present: what follows needs no moved clock, and sweeps run on the real day again
                clock.reset();
                assertThat(department.locator("#decision-basis")).containsText("Cybersecurity Law");

                // the case closed, the department states why it reads the bank's program again
                department.navigate(browsers.url("/program?q=" + java.net.URLEncoder.encode("示范商业银行",
                        java.nio.charset.StandardCharsets.UTF_8)));
                department.click("#operator-table >> text=示范商业银行股份有限公司");
                assertThat(department.locator("#purpose-form")).isVisible();
                department.selectOption("#purpose", "SUPERVISION");
                department.fill("#purposeNote", "Follow-up of the decision in case " + number);
                submit(department, "#state-purpose");
                assertThat(department.locator("#duty-AGREEMENTS")).isVisible();

                Page bank = browsers.signedIn("bank-officer");
                bank.click("#mainNav >> text=Cases");
                bank.click("#case-table >> text=" + number);
                assertThat(bank.locator("#decision-unit-fine")).hasText("200,000.00");
                assertThat(bank.locator("#case-persons")).containsText("20,000.00");
                assertThat(bank.locator("#reconsideration-until")).not().isEmpty();
                assertThat(bank.locator("#decision-pdf-zh")).isVisible();
                bank.click("#mainNav >> text=Access log");
                assertThat(bank.locator("#read-table")).containsText(number);
                assertThat(bank.locator("#read-table")).containsText("Follow-up of the decision in case " + number);
                assertThat(bank.locator("#read-table")).containsText("finance-dept");
                bank.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/access-log.png"))
                        .setFullPage(true));
                bank.navigate(caseUrl + "?lang=zh-CN");
                assertThat(bank.locator("#case-citation")).hasText("《条例》第三十九条第（九）项");
            } finally {
                clock.reset();
            }
        }
    }
}
