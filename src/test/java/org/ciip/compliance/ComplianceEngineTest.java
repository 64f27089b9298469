package org.ciip.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.compliance.ComplianceFixtures.item;
import static org.ciip.compliance.ComplianceFixtures.status;
import static org.ciip.compliance.ComplianceFixtures.today;

import java.time.Duration;
import java.time.Instant;
import org.ciip.compliance.ComplianceFixtures.Op;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.obligations.program.ProgramStatusService;
import org.ciip.shared.Actor;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The compliance engine over records made through the API: for each item of Art. 39-41 a fixture that meets it and
 * one that breaches it, the 30-day window, dates before a record existed, and who may see what.
 */
@RunningCiip
class ComplianceEngineTest {

    @Autowired
    Http http;

    @Autowired
    FreshOperators fresh;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProgramStatusService program;

    @Autowired
    ComplianceService compliance;

    @Autowired
    org.ciip.registry.AssetRegistry assets;
    @Autowired
    org.ciip.support.MovableClock clock;
    ComplianceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ComplianceFixtures(http, fresh, jdbc, clock);
    }

    @Test
    void anOperatorThatKeepsEveryRecordIsCompliantOnEveryItemWithItsArticle() {
        Op op = fixtures.compliant();
        JsonNode compliance = fixtures.compliance(op, null);
        assertThat(compliance.get("operatorId").asString()).isEqualTo(op.id().toString());
        assertThat(compliance.get("asOf").asString()).isEqualTo(today().toString());
        assertThat(compliance.get("items").findValuesAsString("article")).containsExactly("39(1)", "39(2)", "39(3)",
                "39(4)", "39(5)", "39(6)", "39(7)", "39(8)", "39(9)", "39(10)", "40", "41", "42");
        assertThat(compliance.get("items").findValuesAsString("status")).containsOnly("COMPLIANT");
        JsonNode institution = item(compliance, "39(4)");
        assertThat(institution.get("since").asString()).isEqualTo("2022-03-01");
        assertThat(institution.get("evidence").get(0).get("text").asString())
                .isEqualTo("Institution established on 2022-03-01.");
        assertThat(institution.get("consequence").isNull()).isTrue();
    }

    /** The status the program page gives a duty, as the compliance page words it. */
    String programStatus(Op op, String duty) {
        for (JsonNode d : http.get("/api/v1/operators/" + op.id() + "/program", op.token()).json().get("duties")) {
            if (d.get("key").asString().equals(duty)) {
                return switch (d.get("status").asString()) {
                    case "MET" -> "COMPLIANT";
                    case "NOT_MET" -> "NON_COMPLIANT";
                    case "DUE_SOON" -> "AT_RISK";
                    default -> d.get("status").asString();
                };
            }
        }
        throw new AssertionError("no duty " + duty);
    }

    @Test
    void theProgramPageAndTheCompliancePageCountTheSameCiiAssetsAndAgreeOnTheDutiesThatFollowFromThem() {
        Op compliant = fixtures.compliant();
        Op withoutMeasures = fixtures.compliant("measures");
        for (Op op : java.util.List.of(compliant, withoutMeasures)) {
            JsonNode compliance = fixtures.compliance(op, null);
            assertThat(programStatus(op, "SYNCHRONOUS_PLANNING")).as("Art. 12 / 39(2)")
                    .isEqualTo(status(compliance, "39(2)"));
            assertThat(programStatus(op, "ASSESSMENT")).as("Art. 17 / 39(8)").isEqualTo(status(compliance, "39(8)"));
        }
        assertThat(programStatus(withoutMeasures, "SYNCHRONOUS_PLANNING")).isEqualTo("NON_COMPLIANT");

        // a CII status set in the registry without an identification decision makes no CII asset for either page:
        // a CII asset is one whose latest identification decision says so (Art. 10)
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = http.post("/api/v1/assets", token, """
                {"name": "Undecided %s", "kind": "INFORMATION_SYSTEM", "sector": "FINANCE", "mlpsLevel": 3,
                 "coreBusiness": "Payments"}""".formatted(java.util.UUID.randomUUID())).json().get("id").asString();
        assets.setCiiStatus(java.util.UUID.fromString(asset), "CII", "set without a decision (test)");
        Op undecided = new Op(operator, token, asset);
        assertThat(programStatus(undecided, "SYNCHRONOUS_PLANNING")).isEqualTo("NOT_APPLICABLE");
        assertThat(status(fixtures.compliance(undecided, null), "39(2)")).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void everyDutyOfTheProgramPageHasTheStatusOfItsLiabilityItemOnTheCompliancePage() {
        java.util.List<Op> operators = new java.util.ArrayList<>(java.util.List.of(fixtures.compliant(),
                fixtures.compliant("institution"), fixtures.compliant("position"), fixtures.compliant("positionReview"),
                fixtures.compliant("SECURITY_PLAN", "DRILL"), fixtures.compliant("EMERGENCY_PLAN"),
                fixtures.compliant("PROTECTION_SYSTEM"), fixtures.compliant("TRAINING", "measures"),
                fixtures.compliant(350)));
        Op withPurchase = fixtures.compliant();
        fixtures.purchase(withPurchase, true, today().minusDays(3), 500_000);
        operators.add(withPurchase);
        Op withDocumentDueSoon = fixtures.compliant("DATA_PROTECTION_SYSTEM");
        fixtures.document(withDocumentDueSoon, "DATA_PROTECTION_SYSTEM", today().plusDays(10));
        operators.add(withDocumentDueSoon);

        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Op op : operators) {
            JsonNode compliance = fixtures.compliance(op, null);
            java.util.Map<String, String> worst = new java.util.TreeMap<>();
            for (JsonNode d : http.get("/api/v1/operators/" + op.id() + "/program", op.token()).json().get("duties")) {
                if (d.get("liability").isNull()) {
                    continue;
                }
                String status = switch (d.get("status").asString()) {
                    case "NOT_MET" -> "NON_COMPLIANT";
                    case "DUE_SOON" -> "AT_RISK";
                    default -> "COMPLIANT";
                };
                worst.merge(d.get("liability").asString(), status, (a, b) -> rank(a) >= rank(b) ? a : b);
                seen.add(d.get("liability").asString() + " " + status);
            }
            worst.forEach((article, status) -> assertThat(status)
                    .as("operator %s, item %s", op.party().username(), article)
                    .isEqualTo(status(compliance, article)));
        }
        // the operators above put items in each state, so the comparison is not of COMPLIANT with COMPLIANT only
        assertThat(seen).contains("39(4) NON_COMPLIANT", "39(5) NON_COMPLIANT", "39(7) NON_COMPLIANT",
                "39(7) AT_RISK", "39(3) NON_COMPLIANT", "39(2) NON_COMPLIANT", "39(8) AT_RISK", "39(9) NON_COMPLIANT",
                "41 AT_RISK", "39(7) COMPLIANT");
    }

    private static int rank(String status) {
        return java.util.List.of("COMPLIANT", "AT_RISK", "NON_COMPLIANT").indexOf(status);
    }

    @Test
    void aChangeReportedMoreThanThirtyDaysAfterTheChangeBreachesItem1() {
        Op op = fixtures.compliant();
        Http.Response report = http.post("/api/v1/change-reports", op.token(), """
                {"assetId": "%s", "whatChanged": "Moved to a new data centre", "changedOn": "%s",
                 "whyItMayAffect": "New network architecture"}""".formatted(op.asset(), today().minusDays(45)));
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        JsonNode item = item(fixtures.compliance(op, null), "39(1)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").get(0).get("links").get(0).asString())
                .isEqualTo("/change-reports/" + report.json().get("id").asString());
        assertThat(item.get("consequence").get("unit").get("max").decimalValue()).isEqualByComparingTo("1000000");
    }

    @Test
    void aCiiAssetWithoutSignedOffMeasuresForUseBreachesItem2() {
        Op op = fixtures.compliant("measures");
        JsonNode item = item(fixtures.compliance(op, null), "39(2)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").get(0).get("links").get(0).asString()).isEqualTo("/assets/" + op.asset());
    }

    @Test
    void noApprovedProtectionSystemBreachesItem3AndOneDueForReviewWithinThirtyDaysIsAtRisk() {
        Op missing = fixtures.compliant("PROTECTION_SYSTEM");
        assertThat(status(fixtures.compliance(missing, null), "39(3)")).isEqualTo("NON_COMPLIANT");

        Op dueIn30 = fixtures.compliant("PROTECTION_SYSTEM");
        fixtures.document(dueIn30, "PROTECTION_SYSTEM", today().plusDays(30));
        JsonNode atRisk = item(fixtures.compliance(dueIn30, null), "39(3)");
        assertThat(atRisk.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(atRisk.get("since").asString()).isEqualTo(today().toString());
        assertThat(atRisk.get("consequence").isNull()).isTrue();

        Op dueIn31 = fixtures.compliant("PROTECTION_SYSTEM");
        fixtures.document(dueIn31, "PROTECTION_SYSTEM", today().plusDays(31));
        assertThat(status(fixtures.compliance(dueIn31, null), "39(3)")).isEqualTo("COMPLIANT");
    }

    @Test
    void noSecurityManagementInstitutionBreachesItem4() {
        Op op = fixtures.compliant("institution");
        JsonNode compliance = fixtures.compliance(op, null);
        assertThat(status(compliance, "39(4)")).isEqualTo("NON_COMPLIANT");
        assertThat(item(compliance, "39(4)").get("evidence").get(0).get("links").get(0).asString())
                .isEqualTo("/operators/" + op.id() + "/program#institution");
    }

    @Test
    void anUnreviewedKeyPositionOrALaterSanctionOfAReviewedPersonBreachesItem5() {
        Op unreviewed = fixtures.compliant("positionReview");
        assertThat(status(fixtures.compliance(unreviewed, null), "39(5)")).isEqualTo("NON_COMPLIANT");

        Op reviewed = fixtures.compliant("reviews");
        String idNumber = FreshOperators.idNumber();
        fixtures.review(reviewed, "陈静", "Head of the security management institution");
        fixtures.review(reviewed, "周涛", idNumber, "Security operations lead");
        assertThat(status(fixtures.compliance(reviewed, null), "39(5)")).isEqualTo("COMPLIANT");
        Http.Response sanction = http.post("/api/v1/sanctions", http.token("psb-beijing"), """
                {"personName": "周涛", "idNumber": "%s", "kind": "PUBLIC_SECURITY_PUNISHMENT", "decidedOn": "%s",
                 "article": "31"}""".formatted(idNumber, today().minusYears(1)));
        assertThat(sanction.status()).isEqualTo(201);
        JsonNode barred = item(fixtures.compliance(reviewed, null), "39(5)");
        assertThat(barred.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(barred.get("evidence").findValuesAsString("code")).contains("fact.barredInPosition");
    }

    @Test
    void aDecisionTakenWithoutTheInstitutionBreachesItem6() {
        Op op = fixtures.compliant();
        http.post(op.path() + "/security-decisions", op.token(), "{\"decidedOn\": \"" + today()
                + "\", \"subject\": \"Outsource the data centre\", \"participant\": \"陈静\"}");
        assertThat(status(fixtures.compliance(op, null), "39(6)")).isEqualTo("COMPLIANT");
        http.post(op.path() + "/security-decisions", op.token(), "{\"decidedOn\": \"" + today()
                + "\", \"subject\": \"Move core banking to the cloud\"}");
        JsonNode item = item(fixtures.compliance(op, null), "39(6)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").get(0).get("text").asString())
                .isEqualTo("1 of 2 decisions taken without a member of the institution.");
    }

    @Test
    void noDrillWithinTheYearBreachesTheInstitutionsDutiesUnderItem7() {
        Op op = fixtures.compliant("DRILL");
        JsonNode item = item(fixtures.compliance(op, null), "39(7)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").findValuesAsString("code")).containsExactly("fact.activityMissing");
    }

    @Test
    void aCiiAssetWithoutAnAcceptedAssessmentTwelveMonthsAfterItsIdentificationBreachesItem8() {
        Op dueSoon = fixtures.compliant(340);
        assertThat(status(fixtures.compliance(dueSoon, null), "39(8)")).as("due within 30 days").isEqualTo("AT_RISK");
        Op op = fixtures.compliant(400);
        JsonNode item = item(fixtures.compliance(op, null), "39(8)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("since").asString())
                .isEqualTo(today().minusDays(400).plusMonths(12).plusDays(1).toString());
    }

    @Test
    void aPurchaseWithoutAnAgreementBreachesItem9UntilOneIsRecordedAndAPastDateKeepsThePastAnswer() {
        Op op = fixtures.compliant(60);
        // bought 15 days ago and recorded the next day
        String[] recorded = new String[1];
        fixtures.during(14, () -> recorded[0] = fixtures.purchase(op, false, today().minusDays(15), 80_000));
        String purchase = recorded[0];

        JsonNode item = item(fixtures.compliance(op, null), "39(9)");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("since").asString()).isEqualTo(today().minusDays(15).toString());
        assertThat(item.get("evidence").get(0).get("text").asString())
                .isEqualTo("1 of 1 purchases without a security and confidentiality agreement in force.");
        assertThat(item.get("consequence").get("unit").get("min").decimalValue()).isEqualByComparingTo("100000");
        assertThat(item.get("consequence").get("person").get("max").decimalValue()).isEqualByComparingTo("100000");

        fixtures.agreement(op, purchase, today());
        assertThat(status(fixtures.compliance(op, null), "39(9)")).isEqualTo("COMPLIANT");
        assertThat(status(fixtures.compliance(op, today().minusDays(10).toString()), "39(9)"))
                .as("as the records stood ten days ago").isEqualTo("NON_COMPLIANT");
        assertThat(status(fixtures.compliance(op, today().minusDays(30).toString()), "39(9)"))
                .as("before the purchase was recorded").isEqualTo("COMPLIANT");
    }

    @Test
    void aMergerReportedMoreThanThirtyDaysAfterItTookEffectBreachesItem10() {
        Op op = fixtures.compliant();
        Http.Response change = http.post(op.path() + "/corporate-changes", op.token(), """
                {"kind": "MERGER", "description": "Merged with a city bank", "effectiveOn": "%s",
                 "disposalPlan": "CII transferred with its staff"}""".formatted(today().minusDays(40)));
        assertThat(change.status()).as(change.body()).isEqualTo(201);
        assertThat(status(fixtures.compliance(op, null), "39(10)")).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void anIncidentReportFiledAfterItsOneHourClockBreachesArticle40() {
        Op op = fixtures.compliant();
        Http.Response incident = http.post("/api/v1/incidents", op.token(), """
                {"assetIds": ["%s"], "discoveredAt": "%s", "category": "MP", "summary": "Ransomware on core banking",
                 "impact": {"directEconomicLossCny": 30000000}}""".formatted(op.asset(),
                Instant.now().minus(Duration.ofHours(3))));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        JsonNode item = item(fixtures.compliance(op, null), "40");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("evidence").get(0).get("links").get(0).asString())
                .isEqualTo("/incidents/" + incident.json().get("id").asString());
        assertThat(item.get("consequence").get("notes").get(0).asString()).contains("refuses to correct");
    }

    @Test
    void aPurchaseUsedBeforeItsSecurityReviewBreachesArticle41WithOneToTenTimesItsAmount() {
        Op op = fixtures.compliant();
        String purchase = fixtures.purchase(op, true, today().minusDays(10), 4_800_000);
        fixtures.agreement(op, purchase, today().minusDays(9));
        assertThat(status(fixtures.compliance(op, null), "41")).as("awaiting review").isEqualTo("AT_RISK");
        http.post("/api/v1/purchases/" + purchase + "/use", op.token(),
                "{\"inUseSince\": \"" + today().minusDays(2) + "\"}");
        JsonNode item = item(fixtures.compliance(op, null), "41");
        assertThat(item.get("status").asString()).isEqualTo("NON_COMPLIANT");
        assertThat(item.get("consequence").get("unit").get("min").decimalValue()).isEqualByComparingTo("4800000");
        assertThat(item.get("consequence").get("unit").get("max").decimalValue()).isEqualByComparingTo("48000000");
        http.post("/api/v1/purchases/" + purchase + "/security-review", op.token(),
                "{\"result\": \"PASSED\", \"decidedOn\": \"" + today() + "\", \"reference\": \"CSR-9\"}");
        assertThat(status(fixtures.compliance(op, null), "41")).isEqualTo("COMPLIANT");
    }

    @Test
    void aDateBeforeTheIdentificationAsCiiMakesEveryItemNotApplicable() {
        Op op = fixtures.compliant();
        JsonNode before = fixtures.compliance(op, today().minusDays(1).toString());
        assertThat(before.get("items").findValuesAsString("status")).containsOnly("NOT_APPLICABLE");
        assertThat(item(before, "39(9)").get("evidence").get(0).get("code").asString()).isEqualTo("fact.noCii");
    }

    @Test
    void onlyTheOperatorAndItsDepartmentsSeeItsComplianceAndMpsAndCacSeeAggregates() {
        Op op = fixtures.compliant("institution");
        Op other = fixtures.ciiOperator();
        String path = op.path() + "/compliance";
        assertThat(http.get(path, http.token("finance-dept")).status()).isEqualTo(200);
        assertThat(http.get(path, other.token()).status()).isEqualTo(404);
        assertThat(http.get(path, http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.get(path, http.token("mps")).status()).isEqualTo(404);
        assertThat(http.get(path, http.token("supplier")).status()).isEqualTo(404);

        JsonNode finance = http.get("/api/v1/compliance/matrix?article=39(4)&status=NON_COMPLIANT&size=200",
                http.token("finance-dept")).json();
        assertThat(finance.get("operators").findValuesAsString("operatorId")).contains(op.id().toString());
        JsonNode compliantOnItem4 = http.get("/api/v1/compliance/matrix?article=39(4)&status=COMPLIANT&size=200",
                http.token("finance-dept")).json();
        assertThat(compliantOnItem4.get("operators").findValuesAsString("operatorId"))
                .doesNotContain(op.id().toString());
        assertThat(finance.get("counts").get("39(4)").get("NON_COMPLIANT").asLong()).isPositive();
        JsonNode energy = http.get("/api/v1/compliance/matrix?size=200", http.token("energy-dept")).json();
        assertThat(energy.get("operators").findValuesAsString("operatorId")).doesNotContain(op.id().toString());
        assertThat(http.get("/api/v1/compliance/matrix", op.token()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/compliance/national", http.token("finance-dept")).status()).isEqualTo(404);

        JsonNode national = http.get("/api/v1/compliance/national", http.token("cac")).json();
        assertThat(national.get("operators").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(national.get("bySector").findValuesAsString("key")).contains("FINANCE");
        assertThat(national.toString()).doesNotContain(op.id().toString());
        String cac = http.signIn("cac");
        assertThat(http.page(cac, "/compliance?lang=en")).contains("/compliance/national/items/export?format=csv",
                "/compliance/national/provinces/export?format=xlsx");
        java.util.List<String> items = http.csvRows(cac, "/compliance/national/items/export?format=csv&lang=en");
        assertThat(items.get(0)).startsWith("Item,Article,");
        assertThat(items).hasSize(1 + org.ciip.compliance.engine.ComplianceRules.ARTICLES.size());
        java.util.List<Long> perItem = items.subList(1, items.size()).stream().map(r -> {
            String[] cells = r.split(",");
            return java.util.Arrays.stream(cells, cells.length - ComplianceStatus.values().length, cells.length)
                    .mapToLong(Long::parseLong).sum();
        }).distinct().toList();
        assertThat(perItem).as("every item counts every operator once").hasSize(1);
        assertThat(perItem.getFirst()).isGreaterThanOrEqualTo(2);
        assertThat(http.csvRows(cac, "/compliance/national/sectors/export?format=csv&lang=zh-CN"))
                .anySatisfy(r -> assertThat(r).startsWith("金融,"));
        assertThat(http.csvRows(cac, "/compliance/national/provinces/export?format=csv&lang=en").get(0))
                .startsWith("Province,Operators,With CII,Any item non-compliant,Art. ");
        assertThat(http.send(http.request("/compliance/national/items/export?format=csv", null, "Accept",
                "text/html").header("Cookie", http.signIn("finance-dept")).GET()).status()).isEqualTo(404);
    }

    @Test
    void badInputIsAnsweredWithAProblemNamingTheField() {
        Op op = fixtures.ciiOperator();
        Http.Response unreadable = http.get(op.path() + "/compliance?asOf=2026-13-01", op.token());
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unreadable.errorFields()).containsExactly("asOf");
        assertThat(http.get(op.path() + "/compliance?asOf=" + today().plusDays(1), op.token()).errorFields())
                .containsExactly("asOf");
        assertThat(http.get("/api/v1/compliance/matrix?region=abc", http.token("finance-dept")).errorFields())
                .containsExactly("region");
        assertThat(http.get("/api/v1/compliance/matrix?article=39(11)&status=COMPLIANT", http.token("finance-dept"))
                .errorFields()).containsExactly("article");
    }

    @Test
    void theProgramAndTheComplianceEngineCountWithTheSameVersionedPeriods() {
        Op op = fixtures.compliant("DRILL");
        http.post(op.path() + "/activities", op.token(), """
                {"kind": "DRILL", "heldOn": "%s", "title": "Data centre outage", "participants": "IT"}"""
                .formatted(today().minusMonths(7)));
        assertThat(status(fixtures.compliance(op, null), "39(7)")).isEqualTo("COMPLIANT");
        transaction.executeWithoutResult(tx -> {
            jdbc.update("""
                    insert into compliance_parameter
                    select key, version + 1, 6, unit, article, 'A shorter interval, for this test', false, current_date
                    from compliance_parameter where key = 'ACTIVITY_INTERVAL' order by version desc limit 1""");
            assertThat(program.forOperator(Actor.SYSTEM, op.id()).duties().stream()
                    .filter(d -> d.key().equals("DRILLS")).findFirst().orElseThrow().status())
                    .isEqualTo(ProgramStatusService.Status.NOT_MET);
            assertThat(compliance.forOperator(Actor.SYSTEM, op.id(), today(), java.util.Locale.ENGLISH).items()
                    .stream().filter(i -> i.article().equals("39(7)")).findFirst().orElseThrow().status())
                    .isEqualTo(ComplianceStatus.NON_COMPLIANT);
            tx.setRollbackOnly();
        });
        assertThat(status(fixtures.compliance(op, null), "39(7)")).isEqualTo("COMPLIANT");
    }
}
