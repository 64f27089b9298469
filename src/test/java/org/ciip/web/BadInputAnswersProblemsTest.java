package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 23, finding 6: whatever a client sends, the API answers a problem document, and never a 500. */
@RunningCiip
class BadInputAnswersProblemsTest {

    @Autowired
    Http http;
    @Autowired
    JdbcTemplate jdbc;

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).as(r.body()).startsWith("application/problem+json");
        assertThat(r.json().has("type")).as(r.body()).isTrue();
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("type").asString()).startsWith("urn:ciip:problem:");
        assertThat(r.body()).doesNotContain("Exception", "at org.");
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        assertProblem(http.get("/api/v1/no-such-resource", http.token("grid-officer")), 404);
    }

    @Test
    void aPathThatTomcatRefusesItselfIsAProblemDocumentToo() {
        Http.Response r = http.get("/api/v1/assets/%00", http.token("grid-officer"));
        assertProblem(r, 400);
        assertThat(r.body()).doesNotContain("Tomcat");
    }

    @Test
    void aBodyOfTheWrongMediaTypeIsA415ProblemAndAnUnsupportedMethodA405Problem() {
        Http.Response r = http.send(http.request("/api/v1/assets", http.token("grid-officer"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertProblem(r, 415);
        assertProblem(http.send(http.request("/api/v1/assets", http.token("grid-officer"))
                .DELETE()), 405);
    }

    @Test
    void anAssetCsvWithAnUnterminatedQuoteIsA400NamingTheFileAndWritesNothing() {
        long before = jdbc.queryForObject("select count(*) from asset", Long.class);
        Http.Response r = http.postCsv("/api/v1/assets/import", http.token("grid-officer"),
                "name,kind,sector,mlpsLevel,coreBusiness\n\"Unterminated system,INFORMATION_SYSTEM,ENERGY,3,x\n");
        assertProblem(r, 400);
        assertThat(r.errorFields()).containsExactly("file");
        assertThat(jdbc.queryForObject("select count(*) from asset", Long.class)).isEqualTo(before);
    }

    @Test
    void aNulInAnUploadedFileNameIsA400NamingTheFile() {
        String program = http.get("/api/v1/program/records?type=SECURITY_INSTITUTION",
                http.token("grid-officer")).body();
        String boundary = "----ciip-probe";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"recordType\"\r\n\r\nASSESSMENT\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"recordId\"\r\n\r\n"
                + java.util.UUID.randomUUID() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"report\u0000.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 probe\r\n--" + boundary + "--\r\n";
        Http.Response r = http.send(http.request("/api/v1/evidence", http.token("grid-officer"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(program).isNotNull();
        assertProblem(r, 400);
        assertThat(r.errorFields()).containsExactly("file");
    }

    @Test
    void aNulInAQueryOrFormParameterIsA400NamingItNotAConflict() {
        Http.Response api = http.get("/api/v1/assets?q=%00SCADA", http.token("grid-officer"));
        assertProblem(api, 400);
        assertThat(api.errorFields()).containsExactly("q");

        String session = http.signIn("grid-officer");
        Http.Response page = http.send(http.request("/assets?q=a%00b", null).header("Cookie", session)
                .header("Accept", "text/html").GET());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
    }
}
