package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Sector plans, emergency plans and drills through the API (Art. 22, 25): taking part in the department's drill
 * counts for the operator's drill duty (Art. 15(3)); measured times are held against the targets and the 1-hour
 * report clock; plan revisions keep the approved version; operators report progress on their tasks and the department
 * sees completion by task and by operator.
 */
@RunningCiip
class SectorPlansAndDrillsTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    MovableClock clock;

    LocalDate today() {
        return LegalTime.today(clock);
    }

    Party operator() {
        return fresh.ciiOperator("FINANCE");
    }

    static List<String> drillEvidence(JsonNode compliance) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : compliance.get("items")) {
            if (item.get("article").asString().equals("39(7)")) {
                item.get("evidence").forEach(e -> texts.add(e.get("code").asString() + " " + e.get("text").asString()));
            }
        }
        return texts.stream().filter(t -> t.contains("drill")).toList();
    }

    @Test
    void takingPartInTheDepartmentsDrillCountsForTheOperatorsDrillDutyWithItsTimesAgainstTheTargets() {
        Party operator = operator();
        Party other = operator();
        String token = http.token(operator.username());
        String dept = http.token("finance-dept");
        String compliance = "/api/v1/operators/" + operator.id() + "/compliance";
        assertThat(drillEvidence(http.get(compliance, token).json())).anyMatch(t -> t.startsWith("fact.activityMissing"));

        Http.Response planned = http.post("/api/v1/drills", dept, """
                {"title": "Ransomware in core banking", "scenario": "Encryption of the core banking database at 09:00",
                 "objectives": "Detect within 30 minutes, report within the hour", "heldOn": "%s",
                 "operatorIds": ["%s", "%s"], "targetContainMinutes": 180}"""
                .formatted(today(), operator.id(), other.id()));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        JsonNode drill = planned.json();
        String id = drill.get("id").asString();
        assertThat(drill.get("targets").get("report").asInt()).as("the 1-hour clock of Art. 18").isEqualTo(60);
        assertThat(drill.get("targets").get("contain").asInt()).isEqualTo(180);
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("Ransomware in core banking");
        assertThat(http.get("/api/v1/drills/" + id, http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/drills", http.token("energy-dept"), """
                {"title": "x", "scenario": "x", "objectives": "x", "heldOn": "%s", "operatorIds": ["%s"]}"""
                .formatted(today(), operator.id())).errorFields()).containsExactly("operatorIds");

        JsonNode held = http.post("/api/v1/drills/" + id + "/results", dept, """
                {"operatorId": "%s", "detected": 12, "reported": 75, "contained": 150, "recovered": 600}"""
                .formatted(operator.id())).json();
        assertThat(held.get("status").asString()).isEqualTo("HELD");
        http.post("/api/v1/drills/" + id + "/findings", dept, """
                {"operatorId": "%s", "title": "Escalate to the protection department within the hour",
                 "dueOn": "%s"}""".formatted(operator.id(), today().plusDays(30)));
        JsonNode mine = http.get("/api/v1/drills/" + id, token).json();
        assertThat(mine.get("participants").findValuesAsString("operatorId")).as("an operator sees its own results")
                .containsExactly(operator.id().toString());
        assertThat(mine.get("participants").get(0).get("reported").asInt()).isEqualTo(75);
        assertThat(mine.get("findings").get(0).get("title").asString()).contains("within the hour");
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("reported late");
        JsonNode completed = http.post("/api/v1/drills/" + id + "/findings/1/completion", token,
                "{\"note\": \"Escalation added to the runbook.\"}").json();
        assertThat(completed.get("findings").get(0).get("doneAt").isNull()).isFalse();

        List<String> after = drillEvidence(http.get(compliance, token).json());
        assertThat(after).noneMatch(t -> t.startsWith("fact.activityMissing"));
        JsonNode duty = http.get("/api/v1/operators/" + operator.id() + "/program", token).json().findParents("key")
                .stream().filter(d -> d.get("key").asString().equals("DRILLS")).findFirst().orElseThrow();
        assertThat(duty.get("nextDue").asString()).as("the next drill is due a year after this one")
                .isEqualTo(today().plusMonths(12).toString());
        assertThat(drillEvidence(http.get("/api/v1/operators/" + other.id() + "/compliance",
                http.token(other.username())).json())).as("no times measured yet: not counted")
                .anyMatch(t -> t.startsWith("fact.activityMissing"));
        assertThat(http.brokenPages("finance-dept", "/drills", "/drills/" + id, "/drills/new",
                "/supervision-calendar")).isEmpty();
        assertThat(http.brokenPages(operator.username(), "/drills", "/drills/" + id)).isEmpty();

        String number = drill.get("number").asString();
        String finance = http.signIn("finance-dept");
        assertThat(http.page(finance, "/drills?lang=en&q=" + number)).contains("/drills/export?format=csv&amp;q="
                + number);
        List<String> rows = http.csvRows(finance, "/drills/export?format=csv&lang=en&q=" + number);
        assertThat(rows).containsExactly("Number,Title,Department,Day,Participants,Status",
                number + ",Ransomware in core banking,中国人民银行," + today() + ",2,Held");
        assertThat(http.csvRows(http.signIn(operator.username()), "/drills/export?format=csv&lang=zh-CN"))
                .as("the drills it takes part in").hasSize(2).last().asString().startsWith(number + ",")
                .endsWith(",已举行");
    }

    @Test
    void anApprovedEmergencyPlanIsNeverRewrittenAndARevisionSupersedesIt() {
        Party department = fresh.create(org.ciip.shared.OrganizationKind.PROTECTION_DEPARTMENT, "WATER_CONSERVANCY");
        String dept = http.token(department.username());
        String first = http.post("/api/v1/emergency-plans", dept, """
                {"title": "Water sector cyber incident plan", "nationalPlan": "National Cybersecurity Incident
                 Emergency Plan (2017)", "content": "Version one"}""".replace("\n", " ")).json().get("id").asString();
        http.post("/api/v1/emergency-plans/" + first + "/approval", dept, "{}");
        String second = http.post("/api/v1/emergency-plans", dept, """
                {"title": "Water sector cyber incident plan", "nationalPlan": "National Cybersecurity Incident
                 Emergency Plan (2017)", "content": "Version two"}""".replace("\n", " ")).json().get("id").asString();
        JsonNode versions = http.get("/api/v1/emergency-plans", dept).json();
        assertThat(versions.findValuesAsString("status")).containsExactly("DRAFT", "APPROVED");
        assertThat(http.post("/api/v1/emergency-plans/" + first + "/approval", dept, "{}").status()).isEqualTo(409);
        http.post("/api/v1/emergency-plans/" + second + "/approval", dept, "{}");
        versions = http.get("/api/v1/emergency-plans", dept).json();
        assertThat(versions.findValuesAsString("status")).containsExactly("APPROVED", "SUPERSEDED");
        assertThat(versions.findValuesAsString("content")).containsExactly("Version two", "Version one");
        assertThat(versions.findValues("version").stream().map(JsonNode::asInt).toList()).containsExactly(2, 1);
        assertThat(http.get("/api/v1/emergency-plans", http.token("grid-officer")).status())
                .as("a department's own").isEqualTo(403);
    }

    @Test
    void aPlanRevisionKeepsTheApprovedVersionAndOperatorsReportProgressOnTheirTasks() {
        Party operator = operator();
        Party stranger = operator();
        String token = http.token(operator.username());
        String dept = http.token("finance-dept");
        int year = today().getYear();
        String body = """
                {"title": "Finance sector security plan %d", "periodFrom": "%d-01-01", "periodTo": "%d-12-31",
                 "objectives": "No major incident in core banking", "requirements": "MLPS level 3 or higher",
                 "tasks": [{"title": "Offline backups", "measures": "Weekly offline backups, tested monthly",
                            "dueOn": "%d-12-31", "assignee": "OPERATOR", "operatorId": "%s"},
                           {"title": "Zero trust pilot", "measures": "Pilot on the admin network",
                            "dueOn": "%d-12-31", "assignee": "SECTOR"}]}""";
        JsonNode draft = http.post("/api/v1/sector-plans", dept, body.formatted(year, year, year, year, operator.id(),
                year)).json();
        String v1 = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(http.put("/api/v1/sector-plans/" + v1, dept, body.formatted(year, year, year, year, operator.id(),
                year).replace("Offline backups", "Offline and immutable backups")).json().get("tasks").get(0)
                .get("title").asString()).isEqualTo("Offline and immutable backups");
        assertThat(http.get("/api/v1/sector-plans/" + v1, token).status()).as("not before approval").isEqualTo(404);
        http.post("/api/v1/sector-plans/" + v1 + "/approval", dept, "{}");
        assertThat(http.put("/api/v1/sector-plans/" + v1, dept, body.formatted(year, year, year, year, operator.id(),
                year)).status()).as("an approved version is never rewritten").isEqualTo(409);

        JsonNode seen = http.get("/api/v1/sector-plans/" + v1, token).json();
        assertThat(seen.get("tasks").findValuesAsString("title")).containsExactly("Offline and immutable backups",
                "Zero trust pilot");
        String task = seen.get("tasks").get(0).get("id").asString();
        assertThat(http.post("/api/v1/sector-plan-tasks/" + task + "/progress", http.token(stranger.username()),
                "{\"done\": true, \"note\": \"x\"}").status()).as("not its task").isEqualTo(404);
        http.post("/api/v1/sector-plan-tasks/" + task + "/progress", token,
                "{\"done\": true, \"note\": \"Backups in place\", \"evidence\": \"Backup log 2026-11\"}");
        JsonNode completion = http.get("/api/v1/sector-plans/" + v1, dept).json();
        assertThat(completion.get("tasks").get(0).get("assigned").asInt()).isEqualTo(1);
        assertThat(completion.get("tasks").get(0).get("done").asInt()).isEqualTo(1);
        assertThat(completion.get("tasks").get(1).get("assigned").asInt()).as("every finance operator")
                .isGreaterThan(2);
        assertThat(completion.get("operators").toString()).contains(operator.id().toString());

        JsonNode v2 = http.post("/api/v1/sector-plans/" + v1 + "/revision", dept, "{}").json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        String revision = v2.get("id").asString();
        http.put("/api/v1/sector-plans/" + revision, dept, body.formatted(year, year, year, year, operator.id(), year)
                .replace("No major incident", "No major or larger incident"));
        JsonNode kept = http.get("/api/v1/sector-plans/" + v1, dept).json();
        assertThat(kept.get("status").asString()).isEqualTo("APPROVED");
        assertThat(kept.get("objectives").asString()).isEqualTo("No major incident in core banking");
        assertThat(kept.get("tasks").get(0).get("title").asString()).isEqualTo("Offline and immutable backups");
        http.post("/api/v1/sector-plans/" + revision + "/approval", dept, "{}");
        assertThat(http.get("/api/v1/sector-plans/" + v1, dept).json().get("status").asString())
                .isEqualTo("SUPERSEDED");
        assertThat(http.get("/api/v1/sector-plans/" + revision, dept).json().get("versions")
                .findValuesAsString("status")).containsExactly("APPROVED", "SUPERSEDED");
        String draft3 = http.post("/api/v1/sector-plans/" + revision + "/revision", dept, "{}").json().get("id")
                .asString();
        assertThat(http.brokenPages("finance-dept", "/sector-plans", "/sector-plans/" + v1, "/sector-plans/" + revision,
                "/sector-plans/new", "/sector-plans/" + draft3 + "/edit", "/sector-plans/" + draft3)).isEmpty();
        assertThat(http.brokenPages(operator.username(), "/sector-plans", "/sector-plans/" + revision)).isEmpty();

        String title = "Finance sector security plan " + year;
        String period = "," + year + "-01-01," + year + "-12-31,";
        List<String> written = http.csvRows(http.signIn("finance-dept"), "/sector-plans/export?format=csv&lang=en&q="
                + title.replace(' ', '+'));
        assertThat(written).as("the department's plan as its latest version").containsExactly(
                "Title,Department,Period from,Period to,Version,Status,Tasks",
                title + ",中国人民银行" + period + "3,Draft,2");
        assertThat(http.csvRows(http.signIn(operator.username()), "/sector-plans/export?format=csv&lang=zh-CN"))
                .as("the version in force, for an operator with tasks in it").containsExactly(
                        "名称,保护工作部门,规划期起,规划期止,版本,状态,任务",
                        title + ",中国人民银行" + period + "2,现行,2");
    }
}
