package org.ciip.audit.access;

import jakarta.servlet.http.HttpServletRequest;
import org.ciip.audit.PurposeRequired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A page that needs a purpose sends the reader to the purpose form, and back to the page once it is stated; the API
 * answers the 428 problem.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(0)
class PurposeAdvice {

    @ExceptionHandler(PurposeRequired.class)
    Object purposeRequired(PurposeRequired e, HandlerMethod handler, HttpServletRequest request) {
        if (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                || request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body((ProblemDetail) e.getBody());
        }
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) : "/";
        return "redirect:" + UriComponentsBuilder.fromPath("/purpose").queryParam("operator", e.operatorId())
                .queryParam("return", "{back}").encode().buildAndExpand(back).toUriString();
    }
}
