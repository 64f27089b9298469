package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Enforcement cases through the API (Art. 39-43): each step's actors, the documents, the bases and the ranges. */
@RunningCiip
class EnforcementCaseTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    LocalDate today() {
        return LegalTime.today(clock);
    }

    UUID organizationOf(String username) {
        return jdbc.queryForObject("select organization_id from account where username = ?", UUID.class, username);
    }

    Http.Response open(String authority, String body) {
        return http.post("/api/v1/enforcement-cases", http.token(authority), body);
    }

    String manualCase(String authority, String article, UUID operator, LocalDate actDate) {
        Http.Response opened = open(authority, """
                {"article": "%s", "operatorId": "%s", "sourceKind": "MANUAL", "facts": "Facts of the breach.",
                 "actDate": "%s", "persons": [{"name": "李四", "position": "Head of procurement"}]}"""
                .formatted(article, operator, actDate));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    String pdfText(String path, String token) throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(http.request(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theFinanceDepartmentOrdersTheBankToCorrectAndFinesItsRefusalWithinTheRange() throws Exception {
        UUID bank = organizationOf("bank-officer");
        String finance = http.token("finance-dept");
        Http.Response opened = open("finance-dept", """
                {"article": "39(9)", "operatorId": "%s", "sourceKind": "COMPLIANCE",
                 "facts": "A network product was purchased without a security and confidentiality agreement.",
                 "actDate": "%s", "persons": [{"name": "李四", "position": "Head of procurement"}]}"""
                .formatted(bank, today().minusDays(30)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(opened.json().get("number").asString()).startsWith("ENF-" + today().getYear() + "-");
        assertThat(opened.json().get("sourceRef").asString()).contains("39(9)");
        // the bank's scorecard shows the case that follows its breach
        JsonNode card = http.get("/api/v1/operators/" + bank + "/compliance", http.token("bank-officer")).json();
        JsonNode item = null;
        for (JsonNode i : card.get("items")) {
            if (i.get("article").asString().equals("39(9)")) {
                item = i;
            }
        }
        assertThat(item.get("followUp").get("number").asString()).isEqualTo(opened.json().get("number").asString());
        assertThat(item.get("followUp").get("status").asString()).isEqualTo("OPEN");

        // only the authority and the bank see the case; the bank cannot take the authority's steps
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token("rail-officer")).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/orders", http.token("bank-officer"),
                "{\"requirements\": \"x\", \"correctWithinDays\": 15}").status()).isEqualTo(403);
        assertThat(open("bank-officer", opened.body()).status()).isEqualTo(403);

        Http.Response ordered = http.post("/api/v1/enforcement-cases/" + id + "/orders", finance, """
                {"requirements": "Sign the security and confidentiality agreement with the provider.",
                 "correctWithinDays": 15, "warning": true}""");
        assertThat(ordered.status()).as(ordered.body()).isEqualTo(200);
        LocalDate correctBy = LocalDate.parse(ordered.json().get("order").get("correctBy").asString());
        assertThat(correctBy).isAfterOrEqualTo(today().plusDays(15));
        assertThat(http.get("/api/v1/inbox", http.token("bank-officer")).body()).contains(
                opened.json().get("number").asString());
        String order = pdfText("/api/v1/enforcement-cases/" + id + "/documents/ORDER?lang=zh", finance);
        assertThat(order).contains("责令改正通知书").contains("《条例》第三十九条第（九）项").contains("行政复议")
                .contains(correctBy.toString());
        assertThat(pdfText("/api/v1/enforcement-cases/" + id + "/documents/ORDER?lang=en",
                http.token("bank-officer"))).contains("Order to Correct").contains("Art. 39(9)");

        // the bank does not correct: after the deadline the department finds a refusal and decides the penalty
        Http.Response early = http.post("/api/v1/enforcement-cases/" + id + "/verification", finance,
                "{\"outcome\": \"REFUSED\", \"note\": \"No agreement.\"}");
        assertThat(early.status()).isEqualTo(409);
        clock.advance(Duration.between(clock.instant(), correctBy.plusDays(1).atStartOfDay(LegalTime.ZONE)
                .toInstant().plusSeconds(3600)));
        try {
            assertThat(http.get("/api/v1/enforcement-cases/" + id, finance).json().get("correctionOverdue")
                    .asBoolean()).isTrue();
            assertThat(http.post("/api/v1/enforcement-cases/" + id + "/verification", finance,
                    "{\"outcome\": \"REFUSED\", \"note\": \"No agreement was signed by the deadline.\"}").status())
                    .isEqualTo(200);
            JsonNode bases = http.get("/api/v1/enforcement-cases/" + id + "/bases?ground=REFUSAL_OR_HARM", finance)
                    .json();
            assertThat(bases.get("pointed").get("code").asString()).isEqualTo("CSL_2025_61_2");
            Http.Response outside = http.post("/api/v1/enforcement-cases/" + id + "/decisions", finance, """
                    {"ground": "REFUSAL_OR_HARM", "unitFine": 1500000, "persons": [{"seq": 1, "fine": 5000}],
                     "reasons": "Refused to correct."}""");
            assertThat(outside.status()).isEqualTo(400);
            assertThat(outside.errorFields()).containsExactlyInAnyOrder("unitFine", "persons[0].fine");
            assertThat(outside.body()).contains("from 100,000 to 1,000,000 CNY").contains("from 10,000 to 100,000 CNY");
            Http.Response decided = http.post("/api/v1/enforcement-cases/" + id + "/decisions", finance, """
                    {"ground": "REFUSAL_OR_HARM", "unitFine": 200000, "persons": [{"seq": 1, "fine": 20000}],
                     "reasons": "Refused to correct within the period."}""");
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
            clock.reset();
            JsonNode decision = http.get("/api/v1/enforcement-cases/" + id, http.token("bank-officer")).json()
                    .get("decision");
            assertThat(decision.get("basisCode").asString()).isEqualTo("CSL_2025_61_2");
            assertThat(decision.get("unitFine").decimalValue()).isEqualByComparingTo("200000");
            LocalDate decidedOn = LocalDate.parse(decision.get("decidedOn").asString());
            assertThat(LocalDate.parse(decision.get("reconsiderationUntil").asString()))
                    .isAfterOrEqualTo(decidedOn.plusDays(60)).isBefore(decidedOn.plusDays(70));
            assertThat(LocalDate.parse(decision.get("lawsuitUntil").asString()))
                    .isAfterOrEqualTo(decidedOn.plusMonths(6));
            String text = pdfText("/api/v1/enforcement-cases/" + id + "/documents/DECISION?lang=zh",
                    http.token("bank-officer"));
            assertThat(text).contains("行政处罚决定书").contains("200,000元").contains("李四").contains("网络安全法");
        } finally {
            clock.reset();
        }
    }

    @Test
    void theBasisIsChosenByTheDateOfTheActOnEitherSideOfNewYear2026() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String before = manualCase("finance-dept", "39(3)", operator.id(), LocalDate.of(2025, 12, 31));
        String after = manualCase("finance-dept", "39(3)", operator.id(), LocalDate.of(2026, 1, 1));
        String token = http.token("finance-dept");
        JsonNode old = http.get("/api/v1/enforcement-cases/" + before + "/bases?ground=REFUSAL_OR_HARM", token).json();
        assertThat(old.get("pointed").get("code").asString()).isEqualTo("DECREE_745_39");
        assertThat(old.get("whyEn").asString()).contains("2025-12-31");
        JsonNode amended = http.get("/api/v1/enforcement-cases/" + after + "/bases?ground=REFUSAL_OR_HARM", token)
                .json();
        assertThat(amended.get("pointed").get("code").asString()).isEqualTo("CSL_2025_61_2");
        assertThat(amended.get("pointed").get("status").asString()).isEqualTo("UNCONFIRMED");
        // without a refusal the Regulations only warn; the amended law may fine 50,000 to 100,000
        JsonNode warnOnly = http.get("/api/v1/enforcement-cases/" + before + "/bases?ground=NONE", token).json();
        assertThat(warnOnly.get("pointed").get("unit").isNull()).isTrue();
        JsonNode mayFine = http.get("/api/v1/enforcement-cases/" + after + "/bases?ground=NONE", token).json();
        assertThat(mayFine.get("pointed").get("unit").get("max").decimalValue()).isEqualByComparingTo("100000");
    }

    @Test
    void art41FinesOneToTenTimesThePurchaseAmountWithTheOrder() {
        FreshOperators.Party operator = fresh.operator("ENERGY");
        String cac = http.token("cac");
        String id = manualCase("cac", "41", operator.id(), today().minusDays(10));
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/orders", cac,
                "{\"requirements\": \"Apply for the security review.\", \"correctWithinDays\": 30}").status())
                .isEqualTo(200);
        Http.Response noAmount = http.post("/api/v1/enforcement-cases/" + id + "/decisions", cac,
                "{\"ground\": \"NONE\", \"unitFine\": 500000, \"reasons\": \"Bought without review.\"}");
        assertThat(noAmount.errorFields()).contains("purchaseAmount");
        Http.Response tooLow = http.post("/api/v1/enforcement-cases/" + id + "/decisions", cac,
                "{\"ground\": \"NONE\", \"purchaseAmount\": 300000, \"unitFine\": 200000, \"reasons\": \"x\"}");
        assertThat(tooLow.status()).isEqualTo(400);
        assertThat(tooLow.body()).contains("from 300,000 to 3,000,000 CNY");
        Http.Response decided = http.post("/api/v1/enforcement-cases/" + id + "/decisions", cac,
                "{\"ground\": \"NONE\", \"purchaseAmount\": 300000, \"unitFine\": 600000, \"reasons\": \"x\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().get("decision").get("basisCode").asString()).isEqualTo("DECREE_745_41");
        // a protection department of another sector is not competent for this operator
        Http.Response energyOnly = open("finance-dept", """
                {"article": "39(3)", "operatorId": "%s", "facts": "x", "actDate": "%s"}"""
                .formatted(operator.id(), today()));
        assertThat(energyOnly.errorFields()).contains("operatorId");
    }

    @Test
    void anArt43DecisionAgainstAPersonEntersTheFiveYearBanInTheSanctionsRegister() {
        String idNumber = FreshOperators.idNumber();
        String psb = http.token("psb-beijing");
        assertThat(open("finance-dept", """
                {"article": "43", "respondentKind": "PERSON", "respondentName": "张三", "facts": "x",
                 "actDate": "%s"}""".formatted(today())).status()).isEqualTo(403);
        Http.Response opened = open("psb-beijing", """
                {"article": "43", "respondentKind": "PERSON", "respondentName": "张三",
                 "facts": "Penetration-tested the grid's SCADA system without authorization (Art. 31).",
                 "actDate": "%s", "persons": [{"name": "张三", "idNumber": "%s"}]}"""
                .formatted(today().minusDays(20), idNumber));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(opened.body()).doesNotContain(idNumber);
        Http.Response tooLong = http.post("/api/v1/enforcement-cases/" + id + "/decisions", psb, """
                {"ground": "NONE", "persons": [{"seq": 1, "fine": 60000, "detentionDays": 10}], "reasons": "x",
                 "sanctionKind": "PUBLIC_SECURITY_PUNISHMENT", "breachedArticle": "31"}""");
        assertThat(tooLong.errorFields()).containsExactly("persons[0].detentionDays");
        Http.Response decided = http.post("/api/v1/enforcement-cases/" + id + "/decisions", psb, """
                {"ground": "NONE", "confiscation": 8000, "persons": [{"seq": 1, "fine": 60000, "detentionDays": 3}],
                 "reasons": "Unauthorized penetration testing, not a crime.",
                 "sanctionKind": "PUBLIC_SECURITY_PUNISHMENT", "breachedArticle": "31"}""");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        JsonNode register = http.get("/api/v1/sanctions?q=" + idNumber.substring(14), psb).json();
        assertThat(register.get("items")).anySatisfy(s -> {
            assertThat(s.get("personName").asString()).isEqualTo("张三");
            assertThat(s.get("barredUntil").asString()).isEqualTo(today().plusYears(5).toString());
        });
    }

    @Test
    void anotherOrganizationsCaseAnswers404AndAnOperatorOpensNone() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        FreshOperators.Party stranger = fresh.operator("FINANCE");
        String id = manualCase("finance-dept", "39(4)", operator.id(), today());
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token(stranger.username())).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token(operator.username())).status())
                .isEqualTo(200);
        assertThat(http.get("/api/v1/enforcement-cases/" + id + "/documents/ORDER",
                http.token(operator.username())).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/enforcement-cases?q=" + id, http.token(stranger.username())).json()
                .get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token("psb-beijing")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/enforcement-cases/" + id, http.token("admin")).status()).isEqualTo(404);
    }

    @Test
    void theCaseFormShowsEachProblemBesideItsFieldAndOpensNothing() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String session = http.signIn("finance-dept");
        Http.Response form = http.send(http.request("/cases/new", null).header("Cookie", session).GET());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains(operator.id().toString());
        long before = jdbc.queryForObject("select count(*) from enforcement_case", Long.class);
        Http.Response refused = http.postForm("/cases", session, "/cases/new", "article", "39(4)", "operatorId",
                operator.id().toString(), "sourceKind", "MANUAL", "facts", "", "actDate", "2031-01-01");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"facts\"").contains("Required.").contains("Cannot be in the future.");
        assertThat(jdbc.queryForObject("select count(*) from enforcement_case", Long.class)).isEqualTo(before);
        Http.Response opened = http.postForm("/cases", session, "/cases/new", "article", "39(4)", "operatorId",
                operator.id().toString(), "sourceKind", "MANUAL", "facts", "No security management institution.",
                "actDate", today().toString(), "personName", "王五", "personPosition", "", "personIdNumber", "");
        assertThat(opened.status()).isEqualTo(302);
        Http.Response page = http.send(http.request(java.net.URI.create(opened.header("Location")).getPath(), null)
                .header("Cookie", session).GET());
        assertThat(page.body()).contains("The case was opened.").contains("王五").contains("id=\"order-form\"");
        Http.Response chinese = http.send(http.request(java.net.URI.create(opened.header("Location")).getPath()
                + "?lang=zh-CN", null).header("Cookie", session).GET());
        assertThat(chinese.body()).contains("《条例》第三十九条第（四）项").doesNotContain("Art. 39");
    }

    @Test
    void theOperatorReportsItsCorrectionAndTheAuthorityVerifiesItClosingTheCase() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        FreshOperators.Party other = fresh.operator("FINANCE");
        String department = http.token("finance-dept");
        String id = manualCase("finance-dept", "39(5)", operator.id(), today().minusDays(3));
        String answers = "/api/v1/enforcement-cases/" + id + "/answers";
        assertThat(http.post(answers, http.token(operator.username()),
                "{\"correction\": \"x\", \"evidence\": \"y\"}").status()).as("no order yet").isEqualTo(409);
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/orders", department,
                "{\"requirements\": \"Review the head of the institution.\", \"correctWithinDays\": 10}").status())
                .isEqualTo(200);
        assertThat(http.post(answers, http.token(other.username()), "{\"correction\": \"x\", \"evidence\": \"y\"}")
                .status()).isEqualTo(404);
        assertThat(http.post(answers, department, "{\"correction\": \"x\", \"evidence\": \"y\"}").status())
                .isEqualTo(403);
        Http.Response empty = http.post(answers, http.token(operator.username()), "{}");
        assertThat(empty.errorFields()).containsExactlyInAnyOrder("correction", "evidence");
        Http.Response answered = http.post(answers, http.token(operator.username()), """
                {"correction": "The head's background review was approved on 2026-11-20.",
                 "evidence": "Review record BR-2026-118"}""");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(http.get("/api/v1/inbox", department).body()).contains("reported its correction");
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/verification", http.token(operator.username()),
                "{\"outcome\": \"CORRECTED\"}").status()).isEqualTo(403);
        Http.Response verified = http.post("/api/v1/enforcement-cases/" + id + "/verification", department,
                "{\"outcome\": \"CORRECTED\", \"note\": \"Checked the review record.\"}");
        assertThat(verified.json().get("status").asString()).isEqualTo("CORRECTED");
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/decisions", department,
                "{\"ground\": \"NONE\", \"reasons\": \"x\"}").status()).as("closed").isEqualTo(409);
        assertThat(http.post("/api/v1/enforcement-cases/" + id + "/harms", department,
                "{\"severity\": \"SERIOUS_HARM\", \"description\": \"x\"}").status()).isEqualTo(409);
    }
}
