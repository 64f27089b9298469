package org.ciip.sharing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TAXII 2.1 client written from the OASIS specification alone, as a security team's tool would speak to CIIP: HTTP
 * Basic with a user name and an API token, the TAXII media type, discovery, collections, paging with {@code next}.
 */
final class TaxiiClient {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    TaxiiClient(String base, String username, String token) {
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + token)
                .getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    Answer get(String url) {
        return send(HttpRequest.newBuilder(absolute(url)).header("Accept", MEDIA_TYPE).GET());
    }

    Answer post(String url, String envelope) {
        return send(HttpRequest.newBuilder(absolute(url)).header("Accept", MEDIA_TYPE)
                .header("Content-Type", MEDIA_TYPE).POST(HttpRequest.BodyPublishers.ofString(envelope)));
    }

    /** The API roots the server's discovery names. */
    List<String> apiRoots() {
        List<String> roots = new ArrayList<>();
        get("/taxii2/").body().get("api_roots").forEach(r -> roots.add(r.asString()));
        return roots;
    }

    /** Every object of a collection matching the filter, page after page as the server hands out {@code next}. */
    List<JsonNode> allObjects(String collectionUrl, String filter) {
        List<JsonNode> objects = new ArrayList<>();
        String next = null;
        do {
            String url = collectionUrl + "objects/?" + filter.replace("[", "%5B").replace("]", "%5D") + (next == null ? "" : "&next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
            JsonNode page = get(url).body();
            page.path("objects").forEach(objects::add);
            next = page.path("more").asBoolean(false) ? page.get("next").asString() : null;
        } while (next != null);
        return objects;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body,
                    response);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI absolute(String url) {
        return URI.create(url.startsWith("http") ? url : base + url);
    }
}
