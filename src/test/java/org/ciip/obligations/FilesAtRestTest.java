package org.ciip.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.ciip.shared.crypto.ContentReencryption;
import org.ciip.support.FreshOperators;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An evidence file is stored encrypted (AES-256-GCM on the international suite) and served as it was uploaded; a
 * file kept in plaintext before encryption at rest is still served, and the re-encryption job encrypts it.
 */
@RunningCiip
class FilesAtRestTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ContentReencryption reencryption;

    @Test
    void evidenceIsEncryptedAtRestAndServedAsUploadedAndAPlaintextFileIsEncryptedByTheJob() {
        FreshOperators.Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String document = http.post("/api/v1/operators/" + operator.id() + "/documents", token, """
                {"kind": "PROTECTION_SYSTEM", "title": "Network security protection system v4",
                 "reviewDue": "%s"}""".formatted(LocalDate.now().plusYears(1))).json().get("id").asString();
        String text = "Key people of the security office: Zhang San, Li Si.\n";
        Http.Response stored = http.postFile("/api/v1/evidence?recordType=DOCUMENT&recordId=" + document, token,
                "people.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String id = stored.json().get("id").asString();

        Map<String, Object> row = jdbc.queryForMap("select content, content_cipher, content_key_id from evidence_file "
                + "where id = ?::uuid", id);
        assertThat(row.get("content_cipher")).isEqualTo("AES-256-GCM");
        assertThat(row.get("content_key_id")).isNotNull();
        assertThat(new String((byte[]) row.get("content"), StandardCharsets.ISO_8859_1)).doesNotContain("Zhang San");
        assertThat(http.get("/api/v1/evidence/" + id, token).body()).isEqualTo(text);

        jdbc.update("update evidence_file set content = ?, content_cipher = null, content_key_id = null "
                + "where id = ?::uuid", text.getBytes(StandardCharsets.UTF_8), id);
        assertThat(http.get("/api/v1/evidence/" + id, token).body()).as("kept before encryption at rest")
                .isEqualTo(text);
        assertThat(reencryption.reencryptAll()).isPositive();
        assertThat(jdbc.queryForObject("select content_cipher from evidence_file where id = ?::uuid", String.class,
                id)).isEqualTo("AES-256-GCM");
        assertThat(http.get("/api/v1/evidence/" + id, token).body()).isEqualTo(text);
        assertThat(reencryption.reencryptAll()).as("nothing left to move").isZero();
    }
}
