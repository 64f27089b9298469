package org.ciip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit trail shows case content only to those who may see it (Art. 30, 43; DESIGN.md §3). */
@RunningCiip
class AuditVisibilityTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    Http.Response trail(String session, String query) {
        return http.send(http.request("/audit?" + query, null).header("Cookie", session).GET());
    }

    @Test
    void theAdministratorSeesEntriesWithoutTheirSummariesAndPurposes() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String note = "Audit visibility probe " + operator.id();
        assertThat(http.get("/api/v1/operators/" + operator.id() + "/key-positions?purpose=SUPERVISION&purposeNote="
                + URLEncoder.encode(note, StandardCharsets.UTF_8), http.token("finance-dept")).status())
                .isEqualTo(200);
        String query = "lang=en&objectType=SecurityProgram&objectId=" + operator.id();
        Http.Response mps = trail(http.signIn("mps"), query);
        assertThat(mps.body()).contains("title=\"PROTECTED_READ\">Protected read<").contains(note).contains("purposeKind");
        Http.Response admin = trail(http.signIn("admin"), query);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("title=\"PROTECTED_READ\">Protected read<").doesNotContain(note).doesNotContain("purposeKind");
    }

    @Test
    void sanctionEntriesAreSeenOnlyByPublicSecurityAndMps() {
        String id = FreshOperators.idNumber();
        Http.Response registered = http.post("/api/v1/sanctions", http.token("psb-beijing"), """
                {"personName": "钱某", "idNumber": "%s", "kind": "PUBLIC_SECURITY_PUNISHMENT",
                 "decidedOn": "2026-01-05", "article": "31"}""".formatted(id));
        assertThat(registered.status()).isEqualTo(201);
        String query = "lang=en&objectType=Sanction&objectId=" + registered.json().get("id").asString();
        assertThat(trail(http.signIn("mps"), query).body()).contains("title=\"SANCTION_REGISTERED\"");
        assertThat(trail(http.signIn("psb-beijing"), query).body()).contains("title=\"SANCTION_REGISTERED\"");
        assertThat(trail(http.signIn("admin"), query).body()).doesNotContain("title=\"SANCTION_REGISTERED\"");
        assertThat(trail(http.signIn("cac"), query).body()).doesNotContain("title=\"SANCTION_REGISTERED\"");
    }
}
