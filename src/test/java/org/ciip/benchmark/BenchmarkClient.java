package org.ciip.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the simulations ask CIIP before they start: tokens of the demo accounts, and ids read off JSON answers. */
final class BenchmarkClient {

    static final String BASE = System.getProperty("ciip.base", "http://localhost:18080");

    private BenchmarkClient() {
    }

    /** The body of the answer to a request. */
    static String call(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("CIIP is not reachable at " + BASE, e);
        }
    }

    /** The demo accounts' second factor in the benchmark (ciip.demo.totp-secret in the benchmark profile). */
    static final String TOTP_SECRET = "GJQWEY3EMVTGO2DJNJVWY3LOOBYXE43U";

    /**
     * A new API token of a demo account (the benchmark starts CIIP with the password "benchmark-password" and the
     * second factor above); each account signs in once per run, so the current code is unused.
     */
    static String token(String username) {
        String code = currentCode();
        return field(call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/auth/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username
                        + "\",\"password\":\"benchmark-password\",\"totp\":\"" + code + "\"}")).build()), "token");
    }

    /** The authenticator's code of the demo accounts now. */
    static String currentCode() {
        return org.ciip.identity.mfa.Totp.code(TOTP_SECRET, org.ciip.identity.mfa.Totp.step(java.time.Instant.now()));
    }

    /** The grid company's SCADA system, the demo's CII asset that incidents are reported on. */
    static String scadaAsset(String gridToken) {
        return field(call(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/assets?q=SCADA"))
                .header("Authorization", "Bearer " + gridToken).GET().build()), "id");
    }

    /** The first value of a string field in a JSON text. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
