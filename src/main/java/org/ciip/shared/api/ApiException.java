package org.ciip.shared.api;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answered as an RFC 9457 problem document with a stable {@code type}. On the UI the same exception renders
 * the error page with its status.
 */
public class ApiException extends ErrorResponseException {

    public static final String TYPE_PREFIX = "urn:ciip:problem:";

    protected ApiException(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        super(status, problem(status, type, title, detail, errors), null);
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
            List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }

    /** 404: the record does not exist, or lies outside the caller's jurisdiction (never revealed as a 403). */
    public static ApiException notFound(String what) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.", null);
    }

    /** 400 with the fields at fault. */
    public static ApiException invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().message()
                : "The request has " + errors.size() + " invalid fields.";
        return new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "Invalid input", detail, errors);
    }

    public static ApiException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    /** The field problems of a 400, for showing them beside the fields of a form. */
    @SuppressWarnings("unchecked")
    public List<FieldProblem> fieldProblems() {
        Object errors = getBody().getProperties() == null ? null : getBody().getProperties().get("errors");
        return errors instanceof List<?> list ? (List<FieldProblem>) list : List.of();
    }

    /** 409: the record changed since the caller read it. */
    public static ApiException staleVersion(String what, long currentVersion) {
        ApiException e = new ApiException(HttpStatus.CONFLICT, "stale-version", "Changed by someone else",
                what + " was changed since you read it (current version " + currentVersion
                        + "). Reload it and apply your change again.", null);
        e.getBody().setProperty("currentVersion", currentVersion);
        return e;
    }

    public static ApiException conflict(String detail) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", "Conflict", detail, null);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail, null);
    }

    public static ApiException unprocessable(String type, String detail) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, type, "Cannot be processed", detail, null);
    }
}
