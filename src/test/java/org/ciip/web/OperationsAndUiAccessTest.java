package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.support.RunningCiip;
import org.ciip.support.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RunningCiip
class OperationsAndUiAccessTest {

    @Autowired
    Http http;

    @Test
    void theSignInPageOfTheDemoSaysHowToSignIn() {
        Http.Response english = http.get("/login?lang=en", null);
        assertThat(english.body()).contains("id=\"demo-hint\"", "printed on the server&#39;s console");
        assertThat(http.get("/login?lang=zh-CN", null).body()).contains("演示模式");
    }

    @Test
    void livenessAndReadinessProbesAnswerUp() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            Http.Response r = http.get(probe, null);
            assertThat(r.status()).as(probe).isEqualTo(200);
            assertThat(r.json().get("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void behindAnHttpsProxyTheSessionCookieIsSecureAndHstsIsSentAndEveryAnswerLimitsWhatPagesMayUse() {
        Http.Response direct = http.send(http.request("/login", null).GET());
        assertThat(direct.header("Strict-Transport-Security")).as("plain HTTP: no HSTS").isNull();
        assertThat(direct.header("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(direct.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");

        Http.Response proxied = http.send(http.request("/login", null).header("X-Forwarded-Proto", "https").GET());
        assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=");
        assertThat(proxied.raw().headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly"));

        Http.Response api = http.get("/api/v1/assets", null);
        assertThat(api.header("Permissions-Policy")).contains("camera=()");
        assertThat(api.header("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
    }

    @Test
    void metricsAndTheFullHealthAreForTheOperationsCentreOnlyWhileTheProbesStayOpen() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/health", "/actuator/info"}) {
            Http.Response anonymous = http.get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
            assertThat(http.get(path, http.token("grid-officer")).status()).as(path).isEqualTo(403);
        }
        Http.Response r = http.get("/actuator/prometheus", http.token("admin"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("jvm_memory_used_bytes", "http_server_requests");
        assertThat(http.get("/actuator/health", http.token("admin")).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheStableResources() {
        Http.Response r = http.get("/v3/api-docs", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").propertyNames()).contains("/api/v1/auth/tokens", "/api/v1/assets",
                "/api/v1/assets/{id}", "/api/v1/organizations", "/api/v1/organizations/{id}",
                "/api/v1/audit/verification");
        assertThat(http.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
    }

    @Test
    void anotherOperatorsAssetPageIs404AndADepartmentCannotOpenTheNewAssetForm() {
        String gridScada = http.get("/api/v1/assets?q=SCADA", http.token("grid-officer")).json().get("items").get(0)
                .get("id").asString();
        String bank = http.signIn("bank-officer");
        Http.Response other = http.send(http.request("/assets/" + gridScada + "?lang=en", null).header("Cookie", bank)
                .header("Accept", "text/html").GET());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("Not found").doesNotContain("SCADA").doesNotContain("Exception");

        String energy = http.signIn("energy-dept");
        assertThat(http.send(http.request("/assets/" + gridScada, null).header("Cookie", energy).GET()).status())
                .isEqualTo(200);
        assertThat(http.send(http.request("/assets/new", null).header("Cookie", energy).GET()).status())
                .isEqualTo(403);
    }

    @Test
    void mpsPagesThroughEveryIdentificationDecision() {
        String mps = http.signIn("mps");
        String overview = http.send(http.request("/identification?lang=en", null).header("Cookie", mps).GET()).body();
        assertThat(overview).contains("id=\"all-decisions\"");
        // other tests add decisions, newest first: the demo's are on some page, and the pager counts every page
        StringBuilder pages = new StringBuilder();
        int count = 1;
        for (int page = 0; page < count; page++) {
            Http.Response shown = http.send(http.request("/identification/decisions?lang=en&page=" + page, null)
                    .header("Cookie", mps).GET());
            assertThat(shown.status()).isEqualTo(200);
            pages.append(shown.body());
            java.util.regex.Matcher position = java.util.regex.Pattern.compile("Page (\\d+) of (\\d+)")
                    .matcher(shown.body());
            if (position.find()) {
                assertThat(Integer.parseInt(position.group(1))).isEqualTo(page + 1);
                count = Integer.parseInt(position.group(2));
            }
        }
        assertThat(pages).contains("电力调度控制系统 (SCADA)", "核心银行系统");
        assertThat(http.send(http.request("/identification/decisions?page=-1", null).header("Cookie", mps).GET())
                .status()).as("a bad page number is refused, not a 500").isEqualTo(400);
    }

    @Test
    void theUiSpeaksChineseOrEnglishAsChosen() {
        String grid = http.signIn("grid-officer");
        Http.Response chinese = http.send(http.request("/assets?lang=zh-CN", null).header("Cookie", grid).GET());
        assertThat(chinese.body()).contains("登记资产", "认定状态");
        String cookie = grid + "; " + chinese.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("ciip-lang=")).map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow();
        Http.Response stillChinese = http.send(http.request("/assets", null).header("Cookie", cookie).GET());
        assertThat(stillChinese.body()).contains("登记资产");
        Http.Response english = http.send(http.request("/assets?lang=en", null).header("Cookie", grid).GET());
        assertThat(english.body()).contains("New asset", "CII status");
    }
}
