package org.ciip.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ciip.shared.api.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable (crashed, restarting, a network partition), every request that needs it answers
 * 503 with {@code Retry-After} within the pool's connection timeout, instead of hanging and then failing with 500:
 * the API with a problem document, pages with the error page. Nothing was written, so the request may be sent again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Seconds a client should wait before trying again: about the time the embedded server takes to restart. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            if (ProblemResponses.isApi(request)) {
                ProblemResponses.write(response, 503, "database-unavailable", "Service unavailable",
                        ProblemResponses.DATABASE_UNAVAILABLE);
            } else {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }
}
