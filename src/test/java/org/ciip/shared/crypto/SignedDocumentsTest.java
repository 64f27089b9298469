package org.ciip.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A document CIIP issues arrives signed: whoever received it fetches the published key without an account and checks
 * the signature offline, or asks CIIP; a document with one byte changed fails both.
 */
@RunningCiip
class SignedDocumentsTest {

    @Autowired
    Http http;

    @Test
    void anIncidentReportArrivesSignedAndVerifiesAgainstThePublishedKeyUntilAByteChanges() throws Exception {
        String token = http.token("grid-officer");
        String id = null;
        for (JsonNode i : http.get("/api/v1/incidents?size=200", token).json().get("items")) {
            if (i.get("summary").asString().contains("Ransomware on dispatching")) {
                id = i.get("id").asString();
            }
        }
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(http.request("/api/v1/incidents/"
                + id + "/document?lang=en", token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        String signature = pdf.headers().firstValue("CIIP-Signature").orElseThrow();
        JsonNode key = http.get("/api/v1/signing-key", null).json();

        assertThat(pdf.headers().firstValue("CIIP-Signature-Algorithm")).hasValue(key.get("algorithm").asString());
        assertThat(pdf.headers().firstValue("CIIP-Signature-Key-Id")).hasValue(key.get("keyId").asString());
        String pem = key.get("publicKeyPem").asString();
        ECPublicKeyParameters publicKey = (ECPublicKeyParameters) PublicKeyFactory.createKey(Base64.getMimeDecoder()
                .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")));
        boolean national = key.get("algorithm").asString().startsWith("SM2");
        byte[] document = pdf.body();
        assertThat(DocumentSigner.verify(national, publicKey, document, Base64.getDecoder().decode(signature)))
                .as("checked offline with the published key").isTrue();
        assertThat(check(document, signature).get("valid").asBoolean()).as("checked by CIIP").isTrue();

        document[document.length / 2] ^= 1;

        assertThat(DocumentSigner.verify(national, publicKey, document, Base64.getDecoder().decode(signature)))
                .isFalse();
        assertThat(check(document, signature).get("valid").asBoolean()).isFalse();
        String session = http.signIn("grid-officer");
        assertThat(http.send(http.request("/incidents/" + id + "/document?lang=zh", null).header("Cookie", session)
                .GET()).header("CIIP-Signature")).as("the page's download too").isNotBlank();
    }

    private JsonNode check(byte[] document, String signature) {
        return http.postFile("/api/v1/signatures/verification?signature="
                + URLEncoder.encode(signature, StandardCharsets.US_ASCII), null, "report.pdf", document).json();
    }
}
