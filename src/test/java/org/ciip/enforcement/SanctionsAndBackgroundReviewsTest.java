package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The sanctions register (Art. 43 para 3) and the background reviews it decides (Art. 14). */
@RunningCiip
class SanctionsAndBackgroundReviewsTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;

    static LocalDate today() {
        return LocalDate.now(LegalTime.ZONE);
    }

    JsonNode sanction(String idNumber, String kind, LocalDate decidedOn) {
        Http.Response r = http.post("/api/v1/sanctions", http.token("psb-beijing"), """
                {"personName": "赵某", "idNumber": "%s", "kind": "%s", "decidedOn": "%s", "article": "31"}"""
                .formatted(idNumber, kind, decidedOn));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    Http.Response review(FreshOperators.Party operator, String idNumber, String position) {
        return http.post("/api/v1/operators/" + operator.id() + "/background-reviews", http.token(operator.username()),
                """
                {"personName": "赵某", "idNumber": "%s", "position": "%s"}""".formatted(idNumber, position));
    }

    @Test
    void aPublicSecurityPunishmentBarsForFiveYearsFromTheDecisionAndTheReviewIsBlockedWithThatDate() {
        String id = FreshOperators.idNumber();
        LocalDate decided = today().minusYears(2);
        JsonNode registered = sanction(id, "PUBLIC_SECURITY_PUNISHMENT", decided);
        assertThat(registered.get("barredUntil").asString()).isEqualTo(decided.plusYears(5).toString());
        assertThat(registered.get("barredForLife").asBoolean()).isFalse();

        FreshOperators.Party bank = fresh.operator("FINANCE");
        Http.Response review = review(bank, id, "Head of the security management institution");
        assertThat(review.status()).isEqualTo(201);
        assertThat(review.json().get("status").asString()).isEqualTo("BLOCKED");
        assertThat(review.json().get("barredUntil").asString()).isEqualTo(decided.plusYears(5).toString());
        // nothing of the offence: no article, no kind of punishment, no identity number
        assertThat(review.body()).doesNotContain("article").doesNotContain("\"31\"").doesNotContain("PUBLIC_SECURITY")
                .doesNotContain("kind").doesNotContain(id);

        Http.Response approve = http.post("/api/v1/operators/" + bank.id() + "/background-reviews/"
                + review.json().get("id").asString() + "/result", http.token(bank.username()),
                "{\"result\":\"APPROVED\",\"reviewedOn\":\"" + today() + "\",\"reviewer\":\"HR\"}");
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("detail").asString()).contains("barred until " + decided.plusYears(5));
    }

    @Test
    void aCriminalPunishmentBarsForLife() {
        String id = FreshOperators.idNumber();
        JsonNode registered = sanction(id, "CRIMINAL_PUNISHMENT", today().minusYears(30));
        assertThat(registered.get("barredForLife").asBoolean()).isTrue();
        assertThat(registered.get("barredUntil").isNull()).isTrue();
        Http.Response review = review(fresh.operator("ENERGY"), id, "Network operations lead");
        assertThat(review.json().get("status").asString()).isEqualTo("BLOCKED");
        assertThat(review.json().get("barredForLife").asBoolean()).isTrue();
        // the register downloads with the identity number's last four characters only, as the page shows it
        String psb = http.signIn("psb-beijing");
        String csv = http.send(http.request("/sanctions/export?format=csv&lang=en&q=" + id.substring(id.length() - 4),
                null).header("Cookie", psb).GET()).body();
        assertThat(csv).startsWith("\uFEFFPerson,Kind of punishment,Decided on,Article breached,Ban,In force,")
                .contains("赵某 (…" + id.substring(id.length() - 4) + ")", "For life").doesNotContain(id);
        assertThat(http.send(http.request("/sanctions/export?format=csv", null, "Accept", "text/html")
                .header("Cookie", http.signIn("bank-officer")).GET()).status()).isEqualTo(404);
    }

    @Test
    void aBanRunsThroughItsLastDayAndNoLonger() {
        String lastDay = FreshOperators.idNumber();
        sanction(lastDay, "PUBLIC_SECURITY_PUNISHMENT", today().minusYears(5));
        String expired = FreshOperators.idNumber();
        sanction(expired, "PUBLIC_SECURITY_PUNISHMENT", today().minusYears(5).minusDays(1));
        FreshOperators.Party operator = fresh.operator("FINANCE");
        assertThat(review(operator, lastDay, "DBA").json().get("status").asString()).isEqualTo("BLOCKED");
        Http.Response free = review(operator, expired, "DBA");
        assertThat(free.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(free.json().get("barredUntil").isNull()).isTrue();
    }

    @Test
    void aSanctionRegisteredLaterAlertsTheOperatorOfAPersonAlreadyInAKeyPosition() {
        FreshOperators.Party operator = fresh.operator("ENERGY");
        String token = http.token(operator.username());
        String id = FreshOperators.idNumber();
        Http.Response review = review(operator, id, "Security operations lead");
        assertThat(review.json().get("status").asString()).isEqualTo("PENDING");
        String reviewId = review.json().get("id").asString();
        assertThat(http.post("/api/v1/operators/" + operator.id() + "/background-reviews/" + reviewId + "/result",
                token, "{\"result\":\"APPROVED\",\"reviewedOn\":\"" + today() + "\",\"reviewer\":\"HR\"}").status())
                .isEqualTo(200);

        LocalDate decided = today().minusDays(10);
        sanction(id, "PUBLIC_SECURITY_PUNISHMENT", decided);

        JsonNode after = http.get("/api/v1/operators/" + operator.id() + "/background-reviews/" + reviewId, token)
                .json();
        assertThat(after.get("alertedAt").isNull()).isFalse();
        assertThat(after.get("barredUntil").asString()).isEqualTo(decided.plusYears(5).toString());
        JsonNode inbox = http.get("/api/v1/inbox?size=50", token).json().get("items");
        assertThat(inbox.toString()).contains("is now barred until " + decided.plusYears(5))
                .doesNotContain("Art. 31").doesNotContain("PUBLIC_SECURITY");
        JsonNode program = http.get("/api/v1/operators/" + operator.id() + "/program", token).json();
        assertThat(duty(program, "BACKGROUND_REVIEWS").get("status").asString()).isEqualTo("NOT_MET");
        assertThat(duty(program, "BACKGROUND_REVIEWS").get("detail").asString()).contains("now barred");
    }

    @Test
    void identityNumbersAreCheckedAndNeverStoredInClear() {
        Http.Response wrong = http.post("/api/v1/sanctions", http.token("psb-beijing"), """
                {"personName": "", "idNumber": "11010119800101001X", "kind": "FINE", "decidedOn": "2099-01-01",
                 "article": "12"}""");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.header("Content-Type")).contains("application/problem+json");
        assertThat(wrong.errorFields()).containsExactlyInAnyOrder("personName", "idNumber", "kind", "decidedOn",
                "article");
        FreshOperators.Party operator = fresh.operator("FINANCE");
        Http.Response shortNumber = review(operator, "1101011980", "DBA");
        assertThat(shortNumber.status()).isEqualTo(400);
        assertThat(shortNumber.errorFields()).containsExactly("idNumber");

        String id = FreshOperators.idNumber();
        sanction(id, "PUBLIC_SECURITY_PUNISHMENT", today().minusYears(1));
        review(operator, id, "DBA");
        assertThat(jdbc.queryForObject("select count(*) from sanction where id_hash = ? or id_last4 = ?", Long.class,
                id, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from program_person where id_last4 = ? and id_hash <> ?",
                Long.class, id.substring(14), id)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where summary::text like ?", Long.class,
                "%" + id + "%")).isZero();
    }

    @Test
    void onlyPublicSecurityOrgansAndMpsKeepAndSeeTheRegister() {
        String body = """
                {"personName": "钱某", "idNumber": "%s", "kind": "CRIMINAL_PUNISHMENT", "decidedOn": "2020-01-01",
                 "article": "5(2)"}""".formatted(FreshOperators.idNumber());
        assertThat(http.post("/api/v1/sanctions", http.token("bank-officer"), body).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/sanctions", http.token("finance-dept"), body).status()).isEqualTo(403);
        String id = http.post("/api/v1/sanctions", http.token("mps"), body).json().get("id").asString();
        assertThat(http.get("/api/v1/sanctions/" + id, http.token("psb-beijing")).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/sanctions/" + id, http.token("bank-officer")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/sanctions/" + id, http.token("finance-dept")).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/sanctions", http.token("bank-officer")).json().get("totalElements").asLong()).isZero();
    }

    static JsonNode duty(JsonNode program, String key) {
        for (JsonNode duty : program.get("duties")) {
            if (duty.get("key").asString().equals(key)) {
                return duty;
            }
        }
        throw new AssertionError("no duty " + key + " in " + program);
    }
}
