package org.ciip.supervision;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.Browsers;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18, "done when", in a real browser: the department plans an inspection of an operator and is shown the
 * public security organ's inspection with overlapping scope three weeks later; it merges its own into that one, which
 * becomes a joint inspection; the operator confirms, provides a document, receives two findings and rectifies them;
 * the department verifies them and closes the inspection; a drill the department runs counts for the operator's drill
 * duty.
 */
@RunningCiip
class BrowserInspectionTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    static void submit(Page page, String selector) {
        page.waitForNavigation(() -> page.click(selector));
    }

    static void plan(Page page, String operatorName, String title, LocalDate start, LocalDate end) {
        page.click("#mainNav >> text=Inspections");
        page.click("#new-inspection");
        page.selectOption("#operatorId", new SelectOption().setLabel(operatorName));
        submit(page, "#choose-operator");
        page.fill("#title", title);
        page.check("#topic-SECURITY_PROGRAM");
        page.fill("#startsOn", start.toString());
        page.fill("#endsOn", end.toString());
        page.fill("#team", "Inspection team of " + title);
        submit(page, "#submit-inspection");
        assertThat(page.locator("#inspection-planned")).isVisible();
    }

    @Test
    void theDepartmentAndThePoliceMergeTheirInspectionsTheOperatorRectifiesTwoFindingsAndADrillCountsForItsDuty() {
        Party operator = fresh.ciiOperator("FINANCE");
        String token = http.token(operator.username());
        String name = http.get("/api/v1/organizations/" + operator.id(), token).json().get("name").asString();
        LocalDate today = LegalTime.today(clock);
        try (Browsers browsers = Browsers.open(http)) {
            Page police = browsers.signedIn("psb-beijing");
            plan(police, name, "Public security inspection", today.plusDays(28), today.plusDays(30));

            Page department = browsers.signedIn("finance-dept");
            plan(department, name, "Yearly sector inspection", today.plusDays(7), today.plusDays(9));
            assertThat(department.locator("#overlaps")).containsText("北京市公安局");
            department.waitForNavigation(() -> department.locator("#overlaps .merge-into").first().click());
            assertThat(department.locator("#inspection-done")).isVisible();
            assertThat(department.locator("#inspection-joint")).isVisible();
            assertThat(department.locator("#inspection-bodies")).containsText("北京市公安局");
            assertThat(department.locator("#inspection-dates")).containsText(today.plusDays(28).toString());
            String joint = department.url();

            Page bank = browsers.signedIn(operator.username());
            bank.navigate(joint);
            assertThat(bank.locator("#no-fees")).containsText("free of charge");
            submit(bank, "#confirm-inspection");
            assertThat(bank.locator("#inspection-status")).hasText("Confirmed");
            bank.setInputFiles("#file", new FilePayload("security-policy.pdf", "application/pdf",
                    "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            submit(bank, "#upload-document");
            assertThat(bank.locator("#documents")).containsText("security-policy.pdf");

            department.navigate(joint);
            for (String finding : new String[] {"Backups are not tested", "Administrator accounts are shared"}) {
                assertThat(department.locator("label[for=findingTitle]"))
                        .hasClass(java.util.regex.Pattern.compile("required"));
                assertThat(department.locator("#finding-form .required-note")).isVisible();
                department.fill("#findingTitle", finding);
                department.selectOption("#severity", "MEDIUM");
                department.fill("#rectifyBy", today.plusDays(30).toString());
                submit(department, "#add-finding");
            }
            assertThat(department.locator("#inspection-findings tbody tr")).hasCount(2);

            bank.navigate(joint);
            for (int seq = 1; seq <= 2; seq++) {
                bank.fill("#rectification-" + seq, "Fixed; evidence in change ticket CHG-" + seq);
                submit(bank, "#finding-" + seq + " .rectify");
            }
            department.navigate(joint);
            for (int seq = 1; seq <= 2; seq++) {
                submit(department, "#finding-" + seq + " .verify");
            }
            assertThat(department.locator("#inspection-findings")).not().containsText("Open");
            department.fill("#conclusion-text", "Two findings rectified and verified.");
            submit(department, "#close-inspection");
            assertThat(department.locator("#inspection-status")).hasText("Closed");

            department.click("#mainNav >> text=Drills");
            department.click("#new-drill");
            department.fill("#title", "Ransomware in core banking");
            department.fill("#scenario", "The core banking database is encrypted at 09:00.");
            department.fill("#objectives", "Detect in 30 minutes, report within the hour.");
            department.fill("#heldOn", today.toString());
            department.check("#op-" + operator.id());
            submit(department, "#submit-drill");
            assertThat(department.locator("#drill-planned")).isVisible();
            assertThat(department.locator("#drill-targets")).containsText("first report 60 min");
            assertThat(department.locator("label[for=detected-" + operator.id() + "]"))
                    .hasClass(java.util.regex.Pattern.compile("required"));
            department.fill("#participant-" + operator.id() + " input[name=detected]", "12");
            department.fill("#participant-" + operator.id() + " input[name=reported]", "45");
            department.fill("#participant-" + operator.id() + " input[name=contained]", "150");
            department.fill("#participant-" + operator.id() + " input[name=recovered]", "600");
            submit(department, "#participant-" + operator.id() + " .record-results");
            assertThat(department.locator("#drill-status")).hasText("Held");
            assertThat(department.locator("#participant-" + operator.id())).containsText("in time");
        }
        JsonNode compliance = http.get("/api/v1/operators/" + operator.id() + "/compliance", token).json();
        org.assertj.core.api.Assertions.assertThat(SectorPlansAndDrillsTest.drillEvidence(compliance))
                .as("the drill counts for its drill duty")
                .noneMatch(t -> t.startsWith("fact.activityMissing"));
    }
}
