package org.ciip.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem documents (RFC 9457) from servlet filters and security handlers, which answer before any controller
 * runs and so before {@link ApiProblemHandler}: 401, 403, and 503 when incident filing is at capacity.
 */
public final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    /**
     * Writes the problem document. It is marked not to be cached or sniffed here, because a filter that answers ahead
     * of Spring Security's header writer (admission control) gets no other headers.
     */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(json(status, type, title, detail));
    }

    /** A 400 with one field at fault, as {@link ApiException#invalid(String, String)} answers it from a controller. */
    public static void writeInvalid(HttpServletResponse response, String field, String message) throws IOException {
        response.setStatus(400);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiException.TYPE_PREFIX + "validation-failed");
        problem.put("title", "Invalid input");
        problem.put("status", 400);
        problem.put("detail", message);
        problem.put("errors", java.util.List.of(Map.of("field", field, "message", message)));
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    /** What a client is told while the database cannot be reached (503 with Retry-After). */
    public static final String DATABASE_UNAVAILABLE =
            "The database cannot be reached right now. Nothing was changed; try again in a few seconds.";

    /** The problem document as JSON text, for answers written outside Spring MVC (filters, Tomcat's own). */
    public static String json(int status, String type, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ApiException.TYPE_PREFIX + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        return JSON.writeValueAsString(problem);
    }

    /** Whether the request is one of the JSON API's (answered with problem documents) rather than a page's. */
    public static boolean isApi(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
