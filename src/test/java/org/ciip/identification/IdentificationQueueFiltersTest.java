package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The identification queue at a department's scale: candidates found by name, sector and the operator's province,
 * with a page size; provinces named, not coded.
 */
@RunningCiip
class IdentificationQueueFiltersTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    private String page(String session, String path) {
        return http.send(http.request(path, null).header("Cookie", session).GET()).body();
    }

    @Test
    void theFinanceDepartmentFindsACandidateByNameSectorAndProvince() {
        FreshOperators.Party operator = fresh.operator("FINANCE"); // registered in Beijing (110105)
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String asset = http.post("/api/v1/assets", http.token(operator.username()), """
                {"name": "Clearing %s", "kind": "INFORMATION_SYSTEM", "sector": "FINANCE", "mlpsLevel": 3,
                 "coreBusiness": "Interbank clearing"}""".formatted(marker)).json().get("id").asString();
        String dept = http.signIn("finance-dept");

        assertThat(page(dept, "/identification?lang=en&q=" + marker)).contains("Clearing " + marker)
                .contains("/identification/assets/" + asset + "/identify");
        assertThat(page(dept, "/identification?lang=en&q=" + marker + "&sector=FINANCE&province=11&size=50"))
                .contains("Clearing " + marker).containsPattern("<option value=\"11\" selected[^>]*>Beijing<");
        assertThat(page(dept, "/identification?lang=en&q=" + marker + "&province=31"))
                .doesNotContain("Clearing " + marker).contains("No candidates match these filters.");
        assertThat(http.send(http.request("/identification?province=x", null).header("Cookie", dept).GET()).status())
                .isEqualTo(400);
        assertThat(page(dept, "/identification?lang=zh-CN&q=" + marker + "&province=11"))
                .as("the province by its name in Chinese").contains(">北京市<");
    }

    @Test
    void nationalComplianceNamesEachProvince() {
        String mps = http.signIn("mps");
        String zh = page(mps, "/compliance?lang=zh-CN");
        assertThat(zh).contains("<td>北京市</td>").doesNotContain("<td>110000</td>");
        assertThat(page(mps, "/compliance?lang=en")).contains("<td>Beijing</td>");
    }
}
