package org.ciip.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 23, finding 6: every operation of the OpenAPI document, called by an operator, a department, MPS and the
 * administrator with malformed path ids, query parameters and bodies, answers a problem document and never a 5xx.
 * The cases are fixed (no randomness), so a failure names the request that caused it and reproduces every run. Every
 * body case makes every property of the schema wrong at once, so no request can be valid by chance and write anything.
 */
@RunningCiip
class EveryEndpointFuzzTest {

    private static final List<String> CALLERS = List.of("grid-officer", "energy-dept", "mps", "admin");
    /** Values of the wrong type or beyond any field's range, as JSON. */
    private static final List<String> BAD_VALUES = List.of("\"\\u0000\"", "\"\\ud800\"", "1.5", "-99999999999999999999",
            "1e309", "true", "[]", "{}", "\"-1000-01-01\"", "\"" + "x".repeat(20_000) + "\"");
    private static final List<String> BAD_BODIES = List.of("", "{", "[]", "null", "\"text\"", "{\"a\":", "123",
            "{\"\\u0000\": 1}");
    private static final List<String> BAD_PARAMETERS = List.of("%00", "-1", "99999999999999999999", "not-a-date",
            "%27%3B--", "x".repeat(3_000), "%F0%28%8C%28");

    @Autowired
    Http http;

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noMalformedRequestToAnyEndpointAnswersA5xxOrAnythingButAProblemDocument() {
        JsonNode api = http.get("/v3/api-docs", null).json();
        JsonNode schemas = api.path("components").path("schemas");
        Map<String, String> tokens = new LinkedHashMap<>();
        CALLERS.forEach(c -> tokens.put(c, http.token(c)));
        for (Map.Entry<String, JsonNode> path : fields(api.get("paths"))) {
            for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
                String method = operation.getKey().toUpperCase();
                JsonNode op = operation.getValue();
                for (String caller : CALLERS) {
                    fuzz(method, path.getKey(), op, schemas, tokens.get(caller), caller);
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(2_000);
        assertThat(failures).as("requests answered with a 5xx or without a problem document").isEmpty();
    }

    private void fuzz(String method, String template, JsonNode op, JsonNode schemas, String token, String caller) {
        boolean hasPathIds = template.contains("{");
        boolean hasBody = op.has("requestBody");
        if (!method.equals("GET") && !hasPathIds && !hasBody) {
            return; // an action without input has no malformed form, and a valid call would change shared data
        }
        // malformed path ids
        if (hasPathIds) {
            for (String id : List.of("not-a-uuid", "%00", UUID.randomUUID().toString(), "1")) {
                send(method, template.replaceAll("\\{[^}]+}", id), hasBody ? "{}" : null, token, caller);
            }
        }
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        // malformed query parameters
        for (JsonNode parameter : op.path("parameters")) {
            if (!"query".equals(parameter.path("in").asString())) {
                continue;
            }
            for (String value : BAD_PARAMETERS) {
                send(method, path + "?" + parameter.get("name").asString() + "=" + value, hasBody ? "{}" : null, token,
                        caller);
            }
        }
        if (!hasBody) {
            return;
        }
        JsonNode content = op.path("requestBody").path("content");
        if (!content.has("application/json")) {
            return; // CSV, SBOM and multipart bodies have tests of their own
        }
        for (String body : BAD_BODIES) {
            send(method, path, body, token, caller);
        }
        // only bodies with every property wrong, for the endpoints without path ids (which would be 404 anyway)
        JsonNode schema = resolve(content.path("application/json").path("schema"), schemas);
        List<String> properties = new ArrayList<>();
        fields(schema.path("properties")).forEach(p -> properties.add(p.getKey()));
        if (properties.isEmpty() || hasPathIds) {
            return;
        }
        for (String bad : BAD_VALUES) {
            StringBuilder body = new StringBuilder("{");
            for (String property : properties) {
                body.append(body.length() > 1 ? "," : "").append('"').append(property).append("\":").append(bad);
            }
            send(method, path, body.append('}').toString(), token, caller);
        }
    }

    private void send(String method, String path, String body, String token, String caller) {
        requests++;
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        Http.Response r = http.send(request);
        String type = r.header("Content-Type");
        boolean problem = r.status() < 400 || (type != null && type.startsWith("application/problem+json"));
        if (r.status() >= 500 || !problem) {
            String shown = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            failures.add(caller + " " + method + " " + shorten(path) + shown + " -> " + r.status() + " " + type);
        }
    }

    private static String shorten(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : URLEncoder.encode(path, StandardCharsets.UTF_8)
                .replace("%2F", "/").replace("%3F", "?").replace("%3D", "=");
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return schemas.path(name);
        }
        return schema.isMissingNode() ? JsonNodeFactory.instance.objectNode() : schema;
    }

    private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator();
            it.forEachRemaining(entries::add);
        }
        return entries;
    }
}
