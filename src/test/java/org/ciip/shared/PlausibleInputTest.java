package org.ciip.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Values of the right JSON type that no record can hold are refused with a 400 naming the field, and nothing is
 * written (issue 23, findings 6 and 7): a NUL or a lone surrogate in text, a date or instant outside 1949 to 2100, a
 * fraction where a whole number is asked.
 */
@RunningCiip
class PlausibleInputTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    Http.Response asset(String name, String mlpsLevel) {
        return http.post("/api/v1/assets", http.token("grid-officer"), """
                {"name": "%s", "kind": "INFORMATION_SYSTEM", "sector": "ENERGY", "mlpsLevel": %s,
                 "coreBusiness": "Metering"}""".formatted(name, mlpsLevel));
    }

    @Test
    void textThatCannotBeStoredAndAFractionalLevelAreRefusedNamingTheFieldAndNothingIsWritten() {
        String marker = "Probe " + UUID.randomUUID();
        Http.Response nul = asset(marker + "\\u0000x", "3");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.errorFields()).containsExactly("name");
        assertThat(nul.body()).contains("NUL");
        Http.Response surrogate = asset(marker + "\\ud800x", "3");
        assertThat(surrogate.status()).isEqualTo(400);
        assertThat(surrogate.errorFields()).containsExactly("name");
        Http.Response fraction = asset(marker, "1.5");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.errorFields()).containsExactly("mlpsLevel");
        assertThat(jdbc.queryForObject("select count(*) from asset where name like ?", Long.class, marker + "%"))
                .isZero();
        assertThat(asset(marker + " 😀", "3").status()).as("a pair of surrogates is an emoji, and welcome")
                .isEqualTo(201);
    }

    @Test
    void datesAndInstantsOutside1949To2100AreRefusedNamingTheField() {
        String asset = jdbc.queryForObject("select a.id from asset a join account u on u.organization_id = a.operator_id "
                + "where u.username = 'grid-officer' and a.cii_status = 'CII' limit 1", String.class);
        for (String day : new String[] {"-1000-01-01", "0000-01-01", "1900-12-31", "2101-01-01"}) {
            Http.Response r = http.post("/api/v1/change-reports", http.token("grid-officer"), """
                    {"assetId": "%s", "whatChanged": "x", "changedOn": "%s", "whyItMayAffect": "y"}"""
                    .formatted(asset, day));
            assertThat(r.status()).as(day).isEqualTo(400);
            assertThat(r.errorFields()).as(day).containsExactly("changedOn");
        }
        Http.Response instant = http.post("/api/v1/threat-reports", http.token("grid-officer"), """
                {"title": "x", "description": "y", "discoveredAt": "1900-01-01T00:00:00Z"}""");
        assertThat(instant.status()).isEqualTo(400);
        assertThat(instant.errorFields()).containsExactly("discoveredAt");
        assertThat(instant.body()).contains("from 1949 to 2100");
    }
}
