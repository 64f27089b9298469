package org.ciip.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The {@code type} and a plain-language {@code detail} of problems that are about HTTP itself (no such path, a method
 * or media type not taken, a body that cannot be read), wherever they are answered.
 */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static String type(HttpStatusCode status) {
        return ApiException.TYPE_PREFIX + slug(status);
    }

    /** The last part of the type, as {@link ProblemResponses#json} takes it. */
    public static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return status.is5xxServerError() ? "internal" : "http-" + status.value();
        }
        return switch (known) {
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case NOT_ACCEPTABLE -> "not-acceptable";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case CONTENT_TOO_LARGE -> "too-large";
            case BAD_REQUEST -> "bad-request";
            default -> known.is5xxServerError() ? "internal" : "http-" + known.value();
        };
    }

    public static String detail(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null || known.is5xxServerError()) {
            return "Something went wrong on our side. Nothing was changed; try again later.";
        }
        return switch (known) {
            case NOT_FOUND -> "There is no resource at this path; the OpenAPI document at /v3/api-docs lists them.";
            case METHOD_NOT_ALLOWED -> "This resource does not take this HTTP method.";
            case NOT_ACCEPTABLE -> "This resource cannot answer in the media type asked for in Accept.";
            case UNSUPPORTED_MEDIA_TYPE -> "This resource does not take a body of this Content-Type.";
            case CONTENT_TOO_LARGE -> "The request is larger than this resource takes.";
            case BAD_REQUEST -> "The request could not be read.";
            default -> known.getReasonPhrase();
        };
    }
}
