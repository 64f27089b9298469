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
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Environment environment;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new HashMap<>();

    Http(Environment environment) {
        this.environment = environment;
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
        Response r = post("/api/v1/auth/tokens", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}");
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

    /** Signs in through the sign-in form, CSRF token and all, and answers the new session's cookie. */
    public String signIn(String username) {
        Response loginPage = send(request("/login", null).GET());
        Response signedIn = send(request("/login", null).header("Cookie", sessionCookie(loginPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + DEMO_PASSWORD
                        + "&_csrf=" + csrfToken(loginPage.body()))));
        if (signedIn.status() != 302 || signedIn.header("Location").contains("error")) {
            throw new IllegalStateException("could not sign in " + username);
        }
        return sessionCookie(signedIn);
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
