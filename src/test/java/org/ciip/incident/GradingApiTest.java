package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@RunningCiip
class GradingApiTest {

    @Autowired
    Http http;

    @Test
    void twelveMillionRecordsLeakedIsMajorWithThatReason() {
        JsonNode r = http.post("/api/v1/incidents/grading", http.token("grid-officer"),
                "{\"personalInfoRecordsLeaked\": 12000000}").json();
        assertThat(r.get("grade").asString()).isEqualTo("MAJOR");
        JsonNode reason = r.get("reasons").get(0);
        assertThat(reason.get("criterion").asString()).isEqualTo("personalInfoRecordsLeaked");
        assertThat(reason.get("threshold").asLong()).isEqualTo(10_000_000);
        assertThat(reason.get("value").asLong()).isEqualTo(12_000_000);
        assertThat(reason.get("grade").asString()).isEqualTo("MAJOR");
        assertThat(r.get("guideVersion").asString()).isEqualTo("CN-2025-11");
    }

    @Test
    void everyPartyMayGradeAndNoFiguresIsGeneral() {
        for (String user : new String[] {"mps", "admin", "supplier"}) {
            assertThat(http.post("/api/v1/incidents/grading", http.token(user), "{}").json().get("grade").asString())
                    .isEqualTo("GENERAL");
        }
    }

    @Test
    void negativeOrOutOfRangeFiguresAreRefusedByName() {
        Http.Response r = http.post("/api/v1/incidents/grading", http.token("grid-officer"),
                "{\"peopleAffected\": -1, \"directEconomicLossCny\": -0.5, \"provincePopulationAffectedPercent\": 101,"
                        + " \"importantDataThreat\": \"CATASTROPHIC\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorFields()).containsExactly("importantDataThreat");
        Http.Response numbers = http.post("/api/v1/incidents/grading", http.token("grid-officer"),
                "{\"peopleAffected\": -1, \"directEconomicLossCny\": -0.5, \"provincePopulationAffectedPercent\": 101}");
        assertThat(numbers.errorFields()).containsExactlyInAnyOrder("peopleAffected", "directEconomicLossCny",
                "provincePopulationAffectedPercent");
    }

    @Test
    void theGuideShowsItsSourceAndWhichValuesAreUnconfirmed() {
        JsonNode guide = http.get("/api/v1/incidents/grading-guide", http.token("cac")).json();
        assertThat(guide.get("source").asString()).contains("Incident Reporting Measures");
        boolean anyUnconfirmed = false;
        for (JsonNode t : guide.get("thresholds")) {
            anyUnconfirmed |= !t.get("confirmed").asBoolean();
        }
        assertThat(anyUnconfirmed).isTrue();
    }
}
