package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.ciip.enforcement.PenaltyRanges.Consequence;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The penalty table of Chapter V as shipped, through the engine's interface and the stable resource. */
@RunningCiip
class PenaltyRangesTest {

    @Autowired
    PenaltyRanges penalties;

    @Autowired
    Http http;

    @Test
    void everyItemOfArticle39CarriesTheUnitAndPersonRangesOnRefusalToCorrect() {
        for (int item = 1; item <= 10; item++) {
            Consequence c = penalties.consequence("39(" + item + ")", null, Locale.ENGLISH);
            assertThat(c.unit().min()).isEqualByComparingTo("100000");
            assertThat(c.unit().max()).isEqualByComparingTo("1000000");
            assertThat(c.person().min()).isEqualByComparingTo("10000");
            assertThat(c.person().max()).isEqualByComparingTo("100000");
            assertThat(c.notes().getFirst()).contains("refuses to correct");
        }
    }

    @Test
    void articles40And42HaveTheirOwnRanges() {
        assertThat(penalties.consequence("40", null, Locale.ENGLISH).unit().max()).isEqualByComparingTo("1000000");
        Consequence c42 = penalties.consequence("42", null, Locale.ENGLISH);
        assertThat(c42.unit().min()).isEqualByComparingTo("50000");
        assertThat(c42.unit().max()).isEqualByComparingTo("500000");
        assertThat(penalties.consequence("43(3)", null, Locale.ENGLISH).unit()).isNull();
        assertThat(penalties.consequence("45", null, Locale.SIMPLIFIED_CHINESE).notes().getFirst()).contains("退还");
    }

    @Test
    void article41IsOneToTenTimesThePurchaseAmount() {
        Consequence c = penalties.consequence("41", new BigDecimal("4800000"), Locale.ENGLISH);
        assertThat(c.unit().min()).as("1x").isEqualByComparingTo("4800000");
        assertThat(c.unit().max()).as("10x").isEqualByComparingTo("48000000");
        assertThat(c.unitMultiple().min()).isEqualByComparingTo("1");
        assertThat(c.unitMultiple().max()).isEqualByComparingTo("10");
        assertThat(c.person().max()).isEqualByComparingTo("100000");
    }

    @Test
    void theRangesResourceAnswersAnyArticleAndRefusesBadInputNamingTheField() {
        JsonNode art39 = http.post("/api/v1/penalties/ranges", http.token("bank-officer"),
                "{\"article\": \"39\", \"item\": 9}").json();
        assertThat(art39.get("article").asString()).isEqualTo("39(9)");
        assertThat(art39.get("unit").get("min").decimalValue()).isEqualByComparingTo("100000");
        assertThat(art39.get("person").get("max").decimalValue()).isEqualByComparingTo("100000");
        assertThat(art39.get("notes").get(0).asString()).isNotBlank();

        JsonNode art41 = http.post("/api/v1/penalties/ranges", http.token("cac"),
                "{\"article\": \"41\", \"purchaseAmount\": 250000.50}").json();
        assertThat(art41.get("unit").get("min").decimalValue()).isEqualByComparingTo("250000.50");
        assertThat(art41.get("unit").get("max").decimalValue()).isEqualByComparingTo("2500005.00");

        Http.Response missing = http.post("/api/v1/penalties/ranges", http.token("cac"), "{\"article\": \"41\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.errorFields()).containsExactly("purchaseAmount");
        Http.Response negative = http.post("/api/v1/penalties/ranges", http.token("cac"),
                "{\"article\": \"41\", \"purchaseAmount\": -1}");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("purchaseAmount");
        Http.Response unknown = http.post("/api/v1/penalties/ranges", http.token("cac"), "{\"article\": \"99\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("article");
        Http.Response badItem = http.post("/api/v1/penalties/ranges", http.token("cac"),
                "{\"article\": \"39\", \"item\": 11}");
        assertThat(badItem.errorFields()).containsExactly("item");
    }
}
