package org.ciip.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body that cannot be parsed (a NUL in a file name, a broken boundary) is refused before any controller is
 * chosen, so {@link ApiProblemHandler} never sees it: the API answers a 400 naming {@code file}, a page the error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableUploads {

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadable(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
        if (!ProblemResponses.isApi(request)) {
            response.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
            return null;
        }
        ApiException problem = tooLarge
                ? ApiException.invalid(List.of(new FieldProblem("file", "is larger than the upload limit")))
                : ApiException.invalid(List.of(new FieldProblem("file",
                        "could not be read: the multipart body or the file's name is malformed")));
        return ResponseEntity.status(tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST)
                .body(problem.getBody());
    }
}
