package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ciip.incident.IncidentReporting;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Home is a work queue: what is overdue, waiting for the party, due soon or unread, each line a count that opens the
 * list filtered to what it counts.
 */
@RunningCiip
class HomeWorkQueueTest {

    private static final Pattern LINE = Pattern.compile(
            "<a href=\"([^\"]+)\"[^>]*queue-(OVERDUE|ACTION|DUE_SOON|UNREAD)\"[^>]*>.*?queue-text\">([^<]+)</span>",
            Pattern.DOTALL);

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;
    @Autowired
    IncidentReporting incidents;

    record Line(String link, String urgency, String text) {

        long count() {
            Matcher m = Pattern.compile("\\d+").matcher(text);
            return m.find() ? Long.parseLong(m.group()) : -1;
        }
    }

    private List<Line> queue(String session, String lang) {
        Http.Response home = http.send(http.request("/?lang=" + lang, null).header("Cookie", session).GET());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"work-queue\"");
        List<Line> lines = new ArrayList<>();
        Matcher m = LINE.matcher(home.body());
        while (m.find()) {
            lines.add(new Line(m.group(1).replace("&amp;", "&"), m.group(2), m.group(3).trim()));
        }
        return lines;
    }

    private String page(String session, String path) {
        Http.Response response = http.send(http.request(path, null).header("Cookie", session).GET());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    private List<String> incidentIds(String token, String waiting) {
        return http.get("/api/v1/incidents?size=200&waiting=" + waiting, token).json().get("items")
                .findValuesAsString("id");
    }

    private String majorIncident(FreshOperators.Party operator) {
        String asset = fresh.ciiAsset(operator);
        Http.Response reported = http.post("/api/v1/incidents", http.token(operator.username()), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Data leak %s",
                 "impact": {"personalInfoRecordsLeaked": 12000000}}""".formatted(asset,
                clock.instant().minusSeconds(600), operator.id()));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().get("id").asString();
    }

    @Test
    void anIncidentReportedToTheDepartmentWaitsOnItsHomeUntilAcknowledgedAndIsOverdueOnceItsClockRunsOut() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String id = majorIncident(operator);
        String dept = http.signIn("finance-dept");
        List<Line> lines = queue(dept, "en");
        assertThat(lines).extracting(Line::link).contains("/incidents?waiting=UNACKNOWLEDGED",
                "/incidents?waiting=RUNNING");
        assertThat(lines).filteredOn(l -> l.link().endsWith("UNACKNOWLEDGED")).singleElement()
                .satisfies(l -> assertThat(l.text()).contains("reported or forwarded to you, not yet acknowledged"));
        assertThat(page(dept, "/incidents?waiting=UNACKNOWLEDGED")).as("the link opens the list with it")
                .contains("/incidents/" + id);
        assertThat(page(dept, "/incidents?waiting=RUNNING")).contains("/incidents/" + id)
                .as("the filter is kept in the export links").contains("waiting=RUNNING");

        String token = http.newToken("finance-dept");
        assertThat(http.post("/api/v1/incidents/" + id + "/acknowledgement", token, "{}").status()).isEqualTo(200);
        assertThat(incidentIds(token, "UNACKNOWLEDGED")).doesNotContain(id);
        assertThat(incidentIds(token, "RUNNING")).as("its clock to forward still runs").contains(id);
        assertThat(incidentIds(token, "OVERDUE")).doesNotContain(id);

        clock.advance(Duration.ofDays(2));
        try {
            incidents.markLate();
            String later = http.newToken("finance-dept");
            assertThat(incidentIds(later, "OVERDUE")).as("a clock ran out, its duty not met").contains(id);
            assertThat(incidentIds(later, "RUNNING")).doesNotContain(id);
            assertThat(queue(http.signIn("finance-dept"), "en")).anySatisfy(l -> {
                assertThat(l.urgency()).isEqualTo("OVERDUE");
                assertThat(l.link()).isEqualTo("/incidents?waiting=OVERDUE");
                assertThat(l.text()).contains("reporting clock that ran out");
            });
        } finally {
            clock.reset();
        }
    }

    @Test
    void eachIncidentAndInboxLineCountsWhatItsLinkShows() {
        for (String username : List.of("energy-dept", "grid-officer", "finance-dept", "mps")) {
            String session = http.signIn(username);
            String token = http.newToken(username);
            for (Line line : queue(session, "en")) {
                if (line.link().startsWith("/incidents?waiting=")) {
                    long total = http.get("/api/v1" + line.link() + "&size=1", token).json().get("totalElements")
                            .asLong();
                    assertThat(line.count()).as(username + ": " + line.text()).isEqualTo(total);
                } else if (line.link().equals("/inbox?unread=true")) {
                    assertThat(page(session, line.link())).as(username).contains("unread");
                }
                assertThat(line.count()).as("no line counts zero").isPositive();
            }
            List<String> urgencies = queue(session, "en").stream().map(Line::urgency).toList();
            assertThat(urgencies).as("the most urgent first").isSortedAccordingTo(
                    java.util.Comparator.comparing(u -> List.of("OVERDUE", "ACTION", "DUE_SOON", "UNREAD").indexOf(u)));
        }
    }

    @Test
    void anOperatorWithACiiAssetSeesTheDutiesOfItsProgramNotMetLinkedToItsProgram() {
        FreshOperators.Party operator = fresh.ciiOperator("FINANCE");
        String session = http.signIn(operator.username());
        List<Line> lines = queue(session, "en");
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.urgency()).isEqualTo("OVERDUE");
            assertThat(l.link()).isEqualTo("/operators/" + operator.id() + "/program");
            assertThat(l.text()).containsPattern("\\d+ dut(y|ies) of your security program not met");
        });
        assertThat(page(session, "/operators/" + operator.id() + "/program")).contains("id=\"duty-table\"");
    }

    @Test
    void aPartyWithNothingWaitingIsToldSoAndTheQueueReadsInChinese() {
        FreshOperators.Party agency = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        String session = http.signIn(agency.username());
        assertThat(queue(session, "en")).isEmpty();
        assertThat(page(session, "/?lang=en")).contains("id=\"queue-empty\"");

        String dept = http.signIn("finance-dept");
        String home = page(dept, "/?lang=zh-CN");
        String section = home.substring(home.indexOf("id=\"work-queue\""), home.indexOf("</section>",
                home.indexOf("id=\"work-queue\"")));
        assertThat(section).contains("待办事项").doesNotContainPattern(">[^<]*[A-Za-z]{3,}[^<]*<");
    }
}
