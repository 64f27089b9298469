package org.ciip.obligations.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Findings recorded with a v4.0 vector before CIIP scored v4.0 are scored by migration 18. */
@RunningCiip
class ScoreRecordedCvss40FindingsTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    ScoreRecordedCvss40Findings migration;

    @Test
    void flywayRanTheMigrationWhenCiipStarted() {
        assertThat(jdbc.sql("select success from flyway_schema_history where version = '18'")
                .query(Boolean.class).optional()).contains(true);
    }

    @Test
    void aV4FindingRecordedWithoutAScoreGetsTheScoreANewFindingGets() throws Exception {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = fresh.ciiAsset(operator);
        LocalDate today = LocalDate.now(LegalTime.ZONE);
        String assessment = http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Core banking",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, today.getYear(), today.minusDays(2), today))
                .json().get("id").asString();
        String finding = http.post("/api/v1/assessments/" + assessment + "/findings", token, """
                {"title": "Exposed admin console", "severity": "CRITICAL",
                 "cvssVector": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N",
                 "owner": "Ops", "dueOn": "%s"}""".formatted(today.plusDays(10))).json()
                .get("findings").get(0).get("id").asString();
        // as an earlier CIIP left it: the vector, no score
        jdbc.sql("update assessment_finding set cvss_score = null where id = :id")
                .param("id", UUID.fromString(finding)).update();

        try (Connection connection = dataSource.getConnection()) {
            migration.migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.sql("select cvss_score from assessment_finding where id = :id")
                .param("id", UUID.fromString(finding)).query(BigDecimal.class).single())
                .isEqualByComparingTo("9.3");
        assertThat(http.get("/api/v1/assessments/" + assessment, token).json().get("findings").get(0)
                .get("cvssScoreKind").asString()).isEqualTo("CVSS-B");
    }
}
