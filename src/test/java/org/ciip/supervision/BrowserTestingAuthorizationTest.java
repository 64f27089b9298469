package org.ciip.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.ciip.shared.LegalTime;
import org.ciip.support.Browsers;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, "done when", in a real browser: a service agency asks to penetration-test an operator's system next week
 * from two addresses; the operator and its protection department authorize it; anyone verifies the authorization by
 * its number, without signing in, and sees that a third address is not in scope; the testers' findings arrive in the
 * operator's assessments.
 */
@RunningCiip
class BrowserTestingAuthorizationTest {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    static void submit(Page page, String button) {
        page.waitForNavigation(() -> page.click(button));
    }

    @Test
    void anAgencyIsAuthorizedToTestNextWeekAnyoneVerifiesItAndTheFindingsReachTheOperator() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = fresh.ciiAsset(operator);
        String assetName = http.get("/api/v1/assets/" + asset, token).json().get("name").asString();
        String creditCode = http.get("/api/v1/organizations/" + operator.id(), token).json().get("creditCode")
                .asString();
        LocalDateTime monday = LocalDateTime.ofInstant(clock.instant(), LegalTime.ZONE).plusDays(7)
                .truncatedTo(ChronoUnit.DAYS).withHour(9);
        try (Browsers browsers = Browsers.open(http)) {
            Page agency = browsers.signedIn("agency");
            agency.click("#mainNav >> text=Testing authorizations");
            agency.click("#new-testing");
            agency.fill("#operatorCreditCode", creditCode);
            agency.fill("#targets", assetName + " | HOST | 10.20.0.5 | Core banking team");
            submit(agency, "#submit-testing");
            assertThat(agency.locator("#title")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
            assertThat(agency.locator("#targets")).hasValue(assetName + " | HOST | 10.20.0.5 | Core banking team");
            agency.fill("#title", "Penetration test of the core system");
            agency.check("#activity-PENETRATION_TESTING");
            agency.fill("#startsAt0", LOCAL.format(monday));
            agency.fill("#endsAt0", LOCAL.format(monday.plusDays(4).withHour(18)));
            agency.fill("#testers", "刘洋 Liu Yang | Demo Assessment Centre | " + FreshOperators.idNumber());
            agency.fill("#sourceAddresses", "203.0.113.7\n203.0.113.8");
            agency.fill("#contactName", "Liu Yang");
            agency.fill("#contactPhone", "+86 10 5555 0100");
            submit(agency, "#submit-testing");
            assertThat(agency.locator("#testing-requested")).isVisible();
            assertThat(agency.locator("#testing-status")).hasText("Awaiting approval");
            String url = agency.url().replace("?requested", "");

            Page bank = browsers.signedIn(operator.username());
            bank.navigate(url);
            submit(bank, "#approve");
            assertThat(bank.locator("#step-OPERATOR")).containsText("Approved");

            Page department = browsers.signedIn("finance-dept");
            department.navigate(url);
            department.fill("#conditions", "Stop at once on any service degradation");
            submit(department, "#approve");
            assertThat(department.locator("#testing-status")).hasText("Authorized");
            String number = department.locator("#testing-number").textContent();

            Page anyone = browsers.anonymous();
            anyone.navigate(browsers.url("/verify/authorizations?number=" + number));
            anyone.fill("#source", "203.0.113.9");
            anyone.fill("#target", "10.20.0.5");
            submit(anyone, "#verify-submit");
            assertThat(anyone.locator("#verify-source")).containsText("not in scope");
            assertThat(anyone.locator("#verify-target")).containsText("in scope");
            assertThat(anyone.locator("#verify-target")).not().containsText("not in scope");
            assertThat(anyone.locator("#verify-now")).hasText("No authorized window is open now");
            assertThat(anyone.locator("main")).not().containsText(assetName);

            agency.navigate(url);
            agency.fill("#findingTitle", "Default credentials on the admin console");
            agency.selectOption("#severity", "HIGH");
            agency.fill("#cvssVector", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
            agency.fill("#rectifyBy", LocalDate.now(LegalTime.ZONE).plusMonths(6).toString());
            submit(agency, "#add-finding");
            assertThat(agency.locator("#findings-table")).containsText("Default credentials on the admin console");
            agency.fill("#report", "One high finding on the admin console.");
            submit(agency, "#close-testing");
            assertThat(agency.locator("#testing-status")).hasText("Closed");

            bank.navigate(browsers.url("/operators/" + operator.id() + "/program"));
            bank.click("#tab-assessments");
            bank.click("a[href^='/assessments/'] >> text=" + assetName);
            assertThat(bank.locator("main")).containsText("Default credentials on the admin console");
            assertThat(bank.locator("main")).containsText(number);
        }
    }
}
