package org.ciip.incident.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.ciip.shared.api.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control for incident filing ({@code POST /api/v1/incidents}): at most {@code max-concurrent-filings} are
 * worked on at once; one more waits up to {@code admission-wait} for a place, and is otherwise answered at once with
 * 503 and {@code Retry-After}, instead of queueing until every request times out. Nothing is acknowledged by a 503,
 * and a report is idempotent under its {@code Idempotency-Key}, so the client retries safely. Runs before
 * authentication, so that turning a request away costs next to nothing.
 */
@Component
@Order(-200)
class FilingAdmission extends OncePerRequestFilter {

    private final Semaphore places;
    private final long waitMillis;

    FilingAdmission(@Value("${ciip.incidents.max-concurrent-filings:32}") int maxConcurrent,
            @Value("${ciip.incidents.admission-wait:500ms}") Duration wait) {
        this.places = new Semaphore(maxConcurrent, true);
        this.waitMillis = wait.toMillis();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/v1/incidents".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = places.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "busy", "Busy",
                    "CIIP is filing as many reports as it can; nothing was recorded. Send the same report with the "
                            + "same Idempotency-Key again after the Retry-After seconds.");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
