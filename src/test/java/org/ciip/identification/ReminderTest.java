package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ciip.shared.LegalTime;
import org.ciip.support.RunningCiip;
import org.ciip.support.MovableClock;
import org.ciip.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Re-certification reminders 30 and 7 days before the due date, each exactly once, also with two sweeps at once. */
@RunningCiip
class ReminderTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChangeReporting reports;
    @Autowired
    MovableClock clock;

    private LocalDate dueDate(String reportId) {
        return LocalDate.parse(http.get("/api/v1/change-reports/" + reportId, http.token("energy-dept")).json()
                .get("recertificationDueDate").asString());
    }

    /** Moves the clock to {@code daysBefore} days before {@code due} (after it when negative). */
    private void moveTo(LocalDate due, int daysBefore) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LegalTime.today(clock), due.minusDays(daysBefore))));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    private String reportForACiiAsset() {
        String dept = http.token("energy-dept");
        String rule = http.post("/api/v1/identification-rules", dept, IdentificationFlowTest.ruleBody("Reminders", null))
                .json().get("id").asString();
        http.post("/api/v1/identification-rules/" + rule + "/filing", dept, "{}");
        http.post("/api/v1/identification-rules/" + rule + "/filing", http.token("mps"), "{\"recordDate\":\"2026-11-22\"}");
        http.post("/api/v1/identification-rules/" + rule + "/activation", dept, "");
        UUID asset = UUID.fromString(http.post("/api/v1/assets", http.token("grid-officer"), "{\"name\":\"Reminder "
                + UUID.randomUUID() + "\",\"kind\":\"INFORMATION_SYSTEM\",\"sector\":\"ENERGY\",\"mlpsLevel\":3,"
                + "\"coreBusiness\":\"x\"}").json().get("id").asString());
        http.post("/api/v1/identifications", dept, IdentificationFlowTest.decision(asset, rule, 3, "CII", null));
        return http.post("/api/v1/change-reports", http.token("grid-officer"), "{\"assetId\":\"" + asset
                + "\",\"whatChanged\":\"x\",\"changedOn\":\"2026-11-01\",\"whyItMayAffect\":\"y\"}").json().get("id")
                .asString();
    }

    private long notices(String reportId, String suffix) {
        return jdbc.queryForObject("select count(*) from notification where event_key = ?", Long.class,
                "change-report:" + reportId + ":reminder-" + suffix);
    }

    private void sweepTwiceAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sweep = reports::sendDueReminders;
            for (Future<Integer> f : pool.invokeAll(List.of(sweep, sweep))) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eachReminderGoesOutOnceWhateverTheNumberOfSweeps() throws Exception {
        String report = reportForACiiAsset();
        LocalDate due = dueDate(report);
        sweepTwiceAtOnce();
        assertThat(notices(report, "30")).as("nothing is due three months ahead").isZero();

        moveTo(due, 25);
        sweepTwiceAtOnce();
        sweepTwiceAtOnce();
        assertThat(notices(report, "30")).as("one 30-day reminder to the one energy department").isOne();
        assertThat(notices(report, "7")).isZero();

        moveTo(due, 6);
        sweepTwiceAtOnce();
        assertThat(notices(report, "7")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from recertification_reminder where change_report_id = ?::uuid",
                Long.class, report)).isEqualTo(2);
    }

    @Test
    void aReportPastItsDueDateIsMarkedOverdue() {
        String report = reportForACiiAsset();
        moveTo(dueDate(report), -1);
        // the kept token expired when the clock moved three months on
        String dept = http.newToken("energy-dept");
        var view = http.get("/api/v1/change-reports/" + report, dept).json();
        assertThat(view.get("overdue").asBoolean()).isTrue();
        var overdue = http.get("/api/v1/change-reports?overdue=true&size=200", dept).json();
        assertThat(overdue.get("items").findValuesAsString("id")).contains(report);
        String home = http.send(http.request("/?lang=en", null).header("Cookie", http.signIn("energy-dept")).GET())
                .body();
        assertThat(home).as("the department's work queue").containsPattern(
                "[1-9]\\d* re-certifications? (is|are) past their three months after a change report")
                .contains("href=\"/identification/change-reports?overdue=true\"");
    }
}
