package org.ciip.obligations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.Browsers;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 5, "done when", in a real browser: the bank's officer records its institution, a key position and a person
 * whom the Beijing public security organ registered as punished two years ago, whose review is blocked with the date
 * the ban ends; the bank records a purchase that may affect national security, and CIIP shows that a review and an
 * agreement are still missing; the finance department sees all of that for the bank.
 */
@RunningCiip
class BrowserSecurityProgramTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    @Test
    void theBankRecordsItsProgramAndTheFinanceDepartmentSeesWhatIsMissing() throws Exception {
        LocalDate today = LocalDate.now(LegalTime.ZONE);
        LocalDate decided = today.minusYears(2);
        String idNumber = FreshOperators.idNumber();
        Http.Response sanction = http.post("/api/v1/sanctions", http.token("psb-beijing"), """
                {"personName": "孙某", "idNumber": "%s", "kind": "PUBLIC_SECURITY_PUNISHMENT", "decidedOn": "%s",
                 "article": "31"}""".formatted(idNumber, decided));
        org.assertj.core.api.Assertions.assertThat(sanction.status()).isEqualTo(201);

        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn("bank-officer");
            page.click("#mainNav >> text=Security program");
            assertThat(page.locator("h1")).containsText("Security program");

            // the program's sections are tabs; the duties first
            assertThat(page.locator("#duty-table")).isVisible();
            assertThat(page.locator("#institution")).isHidden();
            page.click("#tab-institution");
            page.click("summary:has-text('Record the institution')");
            page.click("#save-institution");
            assertThat(page.locator("#institution-name + .invalid-feedback")).hasText("Required.");
            page.fill("#institution-name", "网络安全管理办公室 Cybersecurity Office");
            page.fill("#institution-establishedOn", "2022-03-01");
            page.fill("#institution-headName", "陈静");
            page.fill("#institution-reportsTo", "行长 The president");
            page.fill("#institution-members", "陈静, 周涛, 吴敏");
            page.click("#save-institution");
            assertThat(page.locator("#institution")).isVisible();
            page.click("#tab-duties");
            assertThat(page.locator("#duty-INSTITUTION")).containsText("Met");

            page.click("#tab-people");
            page.click("summary:has-text('Identify a key position')");
            page.fill("#key-position-title", "Security operations lead");
            page.fill("#key-position-identifiedOn", today.toString());
            page.click("form[action$='/key-position'] button");
            assertThat(page.locator("#key-positions")).containsText("Security operations lead");

            page.click("summary:has-text('Start a background review')");
            page.fill("#review-personName", "孙某");
            page.fill("#review-idNumber", idNumber);
            page.fill("#review-position", "Security operations lead");
            page.click("#request-review");
            assertThat(page.locator("#reviews")).containsText("Blocked");
            assertThat(page.locator("#reviews")).containsText("Barred from key positions until "
                    + decided.plusYears(5));
            assertThat(page.locator("#reviews")).not().containsText(idNumber);

            page.click("#tab-procurement");
            page.click("summary:has-text('Record a purchase')");
            page.selectOption("#purchase-supplierId", new com.microsoft.playwright.options.SelectOption()
                    .setLabel("示范信息技术有限公司"));
            page.fill("#purchase-item", "Core banking database platform");
            page.fill("#purchase-amountCny", "-5");
            page.selectOption("#purchase-mayAffectNationalSecurity", "true");
            page.fill("#purchase-justification", "Holds every customer account");
            page.fill("#purchase-purchasedOn", today.minusDays(3).toString());
            page.click("#record-purchase");
            assertThat(page.locator("#purchase-amountCny + .invalid-feedback")).hasText("Must not be negative.");
            page.fill("#purchase-amountCny", "4800000");
            page.click("#record-purchase");
            assertThat(page.locator("#procurement ~ .card").first()).containsText("Security review needed before use");
            assertThat(page.locator("#procurement ~ .card").first())
                    .containsText("No security and confidentiality agreement");
            assertThat(page.locator("#procurement ~ .card").first()) // one date format: ISO
                    .containsText("4,800,000.00 CNY · " + today.minusDays(3));
            assertThat(page.locator("#tab-procurement .badge")).isVisible();
            page.click("#tab-duties");
            assertThat(page.locator("#duty-AGREEMENTS")).containsText("Not met");
            page.click("#duty-AGREEMENTS a");
            assertThat(page.locator("#procurement")).isVisible();
            assertThat(page.locator("#duty-BACKGROUND_REVIEWS")).containsText("Not met");
        }

        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn("finance-dept");
            page.click("#mainNav >> text=Security program");
            page.fill("#q", "示范商业银行");
            page.click("#operator-search button");
            assertThat(page.locator("#overdue-table")).containsText("示范商业银行股份有限公司");
            page.click("#operator-table >> text=示范商业银行股份有限公司");
            // without a case against the bank, the department states why it opens the bank's records (Art. 30)
            if (page.url().contains("/purpose")) {
                page.selectOption("#purpose", "SUPERVISION");
                page.fill("#purposeNote", "Review of the sector's security programs");
                page.click("#state-purpose");
            }
            assertThat(page.locator("#duty-AGREEMENTS")).containsText("Art. 39(9)");
            page.click("#tab-people");
            assertThat(page.locator("#reviews")).containsText("Barred from key positions until "
                    + decided.plusYears(5));
            page.click("#tab-procurement");
            assertThat(page.locator("#procurement ~ .card").first()).containsText("Security review needed before use");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/program-department.png"))
                    .setFullPage(true));
            page.navigate(browsers.url("/program?lang=zh-CN&q="
                    + java.net.URLEncoder.encode("示范商业银行", java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(page.locator("h1")).containsText("运营者安全保护工作");
            assertThat(page.locator("#overdue-table")).containsText("项采购中有");
            assertThat(page.locator("#overdue-table")).containsText("没有有效的安全保密协议");
        }
    }

    @Test
    void anOfficerAddsAFindingWithACvss40VectorAndSeesItsScore() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        LocalDate today = LocalDate.now(LegalTime.ZONE);
        String asset = fresh.ciiAsset(operator);
        String assessment = http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Clearing",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, today.getYear(), today.minusDays(1), today))
                .json().get("id").asString();

        try (Browsers browsers = Browsers.open(http)) {
            Page page = browsers.signedIn(operator.username());
            page.navigate(browsers.url("/assessments/" + assessment));
            page.click("summary:has-text('Add a finding')");
            page.fill("#finding-title", "Default credentials on the clearing console");
            page.selectOption("#finding-severity", "CRITICAL");
            page.fill("#finding-cvssVector", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H");
            page.fill("#finding-owner", "Clearing operations");
            page.fill("#finding-dueOn", today.plusDays(14).toString());
            page.click("form[action$='/finding'] button");
            assertThat(page.locator("#finding-cvssVector + .invalid-feedback")).containsText("CVSS:4.0/");
            assertThat(page.locator("#findings")).not().containsText("Default credentials");

            page.fill("#finding-cvssVector", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U");
            page.click("form[action$='/finding'] button");
            assertThat(page.locator("#findings")).containsText("Default credentials on the clearing console");
            assertThat(page.locator("#findings .cvss-score")).hasText("8.1");
            assertThat(page.locator("#findings")).containsText("CVSS-BT");
        }
    }
}
