package org.ciip.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the running test server, with bearer tokens of the demo accounts. */
@TestComponent
public class Http {

    public static final String DEMO_PASSWORD = "test-demo-password";
    /** The demo accounts' shared TOTP secret in the tests: the value of ciip.demo.totp-secret in application-test. */
    public static final String DEMO_TOTP_SECRET = "KRSXG5CDNFUXAREFJVHVIT2UKBJUKQ2S";
    /** Steps either side that CIIP accepts in the tests (ciip.security.totp.window-steps in application-test). */
    private static final int TOTP_WINDOW = 40;
    /** The time steps whose codes were sent, per account, across every test context of the JVM (RFC 6238 replay). */
    private static final Map<String, java.util.Set<Long>> USED_STEPS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Accounts other than the demo world's that the tests enrolled with the demo secret. */
    private static final java.util.Set<String> ENROLLED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Environment environment;
    private final java.time.Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<org.ciip.identity.Authenticators> authenticators;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new HashMap<>();

    Http(Environment environment, java.time.Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.ciip.identity.Authenticators> authenticators) {
        this.environment = environment;
        this.clock = clock;
        this.authenticators = authenticators;
    }

    private static boolean usesDemoSecret(String username) {
        return isDemoAccount(username) || ENROLLED.contains(username);
    }

    /**
     * Enrols an account the test made (one with an approving role must use a second factor) with the demo secret, as
     * the person would at the first sign-in.
     */
    public void enrolWithDemoSecret(String username) {
        authenticators.getObject().enrolWithSecret(java.util.List.of(username), DEMO_TOTP_SECRET);
        ENROLLED.add(username);
    }

    /** Whether the account is one of the demo world's, all of which sign in with the shared second factor. */
    public static boolean isDemoAccount(String username) {
        return java.util.List.of("admin", "energy-dept", "finance-dept", "transport-dept", "mps", "cac", "miit",
                "psb-beijing",
                "grid-officer", "grid-staff", "bank-officer", "rail-officer", "agency", "supplier").contains(username);
    }

    /**
     * A code of the demo authenticator that CIIP has not seen from this account: each sign-in takes a time step of its
     * own near CIIP's clock, as a person waiting for the next code would, without waiting.
     */
    public String totp(String username) {
        long current = org.ciip.identity.mfa.Totp.step(clock.instant());
        java.util.Set<Long> used = USED_STEPS.computeIfAbsent(username,
                u -> java.util.concurrent.ConcurrentHashMap.newKeySet());
        // the outermost step is left out, lest CIIP's clock cross a step boundary before the code arrives
        for (int distance = 0; distance < TOTP_WINDOW; distance++) {
            for (long step : new long[] {current - distance, current + distance}) {
                if (used.add(step)) {
                    return org.ciip.identity.mfa.Totp.code(DEMO_TOTP_SECRET, step);
                }
            }
        }
        throw new IllegalStateException("every TOTP step near CIIP's clock was used for " + username);
    }

    /** The JSON body of a token request with the demo password (and the second factor of a demo account). */
    public String tokenRequest(String username) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\""
                + (usesDemoSecret(username) ? ",\"totp\":\"" + totp(username) + "\"" : "") + "}";
    }

    public String base() {
        return "http://localhost:" + environment.getProperty("local.server.port");
    }

    public synchronized String token(String username) {
        return tokens.computeIfAbsent(username, this::newToken);
    }

    /**
     * A token issued now, not the one kept for the user: for a test that moved CIIP's clock past the kept token's
     * expiry.
     */
    public String newToken(String username) {
        Response r = post("/api/v1/auth/tokens", null, tokenRequest(username));
        if (r.status() == 403 && r.body().contains("second-factor-enrolment-required")) {
            enrolWithDemoSecret(username);
            r = post("/api/v1/auth/tokens", null, tokenRequest(username));
        }
        if (r.status() != 201) {
            throw new IllegalStateException("could not sign in " + username + ": " + r.body());
        }
        return r.json().get("token").asString();
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * The pages, signed in as {@code username}, that do not open in English or Chinese: not 200, a message key
     * missing ({@code ??}), or the error page; each as "page lang -> status".
     */
    public java.util.List<String> brokenPages(String username, String... pages) {
        String session = signIn(username);
        java.util.List<String> broken = new java.util.ArrayList<>();
        for (String lang : java.util.List.of("en", "zh-CN")) {
            for (String page : pages) {
                Response answer = send(request(page + (page.contains("?") ? "&" : "?") + "lang=" + lang, null,
                        "Accept", "text/html").header("Cookie", session).GET());
                if (answer.status() != 200 || answer.body().contains("??")
                        || answer.body().contains("Something went wrong") || answer.body().contains("出现错误")) {
                    broken.add(username + " " + page + " " + lang + " -> " + answer.status());
                }
            }
        }
        return broken;
    }

    /** Posts one file as the multipart part {@code file}. */
    public Response postFile(String path, String token, String fileName, byte[] content) {
        String boundary = "ciip" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response postCsv(String path, String token, String csv) {
        return send(request(path, token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)));
    }

    /**
     * The statuses of the same POST sent twice at once (both released together), in ascending order: what two people
     * pressing the same button at the same moment get.
     */
    public java.util.List<Integer> postTwiceAtOnce(String path, String token, String json) throws Exception {
        return twiceAtOnce(() -> post(path, token, json));
    }

    /** The statuses of the same request sent twice at once (both released together), in ascending order. */
    public java.util.List<Integer> twiceAtOnce(java.util.concurrent.Callable<Response> request) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            java.util.List<java.util.concurrent.Future<Response>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            java.util.List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Response> response : responses) {
                statuses.add(response.get().status());
            }
            return statuses.stream().sorted().toList();
        } finally {
            pool.shutdown();
        }
    }

    public Response put(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page at {@code path} as the browser of {@code session} gets it (its HTML). */
    public String page(String session, String path) {
        Response response = send(request(path, null).header("Cookie", session).GET());
        if (response.status() != 200) {
            throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * The CSV download at {@code path} as the browser of {@code session} gets it, line by line (no byte order mark);
     * anything but 200 fails the test.
     */
    public java.util.List<String> csvRows(String session, String path) {
        return java.util.List.of(page(session, path).replace("\uFEFF", "").split("\r?\n"));
    }

    public HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base() + path));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    /**
     * Signs in through the sign-in form, CSRF token and all, and the second step with the authenticator's code for a
     * demo account; answers the new session's cookie.
     */
    public String signIn(String username) {
        Response signedIn = submitSignIn(username, DEMO_PASSWORD);
        if (signedIn.status() != 302 || signedIn.header("Location").contains("error")) {
            throw new IllegalStateException("could not sign in " + username);
        }
        String session = sessionCookie(signedIn);
        if (!usesDemoSecret(username)) {
            Response home = send(request("/", null).header("Cookie", session).GET());
            if (home.status() != 302 || !home.header("Location").contains("/login/second-factor")) {
                return session;
            }
            enrolWithDemoSecret(username);
        }
        Response second = submitSecondFactor(session, totp(username));
        if (second.status() != 302 || second.header("Location").contains("second-factor")) {
            throw new IllegalStateException("the second factor of " + username + " was refused");
        }
        return sessionCookie(second) == null ? session : sessionCookie(second);
    }

    /** Sends the second step of the sign-in form with a code, for a session that passed the first. */
    public Response submitSecondFactor(String session, String code) {
        Response step = send(request("/login/second-factor", null).header("Cookie", session).GET());
        return send(request("/login/second-factor", null).header("Cookie", session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("code", code, "_csrf", csrfToken(step.body())))));
    }

    /** Sends the sign-in form with these credentials and answers the response, whatever it is. */
    public Response submitSignIn(String username, String password) {
        Response loginPage = send(request("/login", null).GET());
        return send(request("/login", null).header("Cookie", sessionCookie(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", username, "password", password,
                        "_csrf", csrfToken(loginPage.body())))));
    }

    /** Posts a form of a signed-in session (its CSRF token read from {@code pageWithForm}). */
    public Response postForm(String path, String cookie, String pageWithForm, String... fields) {
        String[] all = java.util.Arrays.copyOf(fields, fields.length + 2);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = csrfToken(send(request(pageWithForm, null).header("Cookie", cookie).GET()).body());
        return send(request(path, null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    /** A URL-encoded form body of name, value pairs. */
    public static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(java.net.URLEncoder.encode(pairs[i], java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(pairs[i + 1], java.nio.charset.StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    public static String sessionCookie(Response response) {
        return response.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElse(null);
    }

    public static String csrfToken(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field in the form");
        }
        return m.group(1);
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code field} names of a problem document's {@code errors}. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
            return fields;
        }
    }
}
