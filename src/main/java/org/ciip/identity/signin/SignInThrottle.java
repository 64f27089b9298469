package org.ciip.identity.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ciip.shared.api.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code ciip.security.sign-in-rate.per-address} sign-in attempts (30) a minute from one address, on the form
 * (both steps) and on {@code POST /api/v1/auth/tokens}: beyond it, 429 with {@code Retry-After} until the minute is
 * over. Guessing across many accounts from one address is slowed; guessing one account is stopped by its lock. The
 * address is the client's (a trusted proxy's {@code X-Forwarded-For} is honoured). Counts live in memory, per instance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
public class SignInThrottle extends OncePerRequestFilter {

    private static final Set<String> SIGN_IN_PATHS = Set.of("/login", "/login/second-factor", "/api/v1/auth/tokens");

    private final Clock clock;
    private final int perAddress;
    private final Set<String> exempt;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, @Value("${ciip.security.sign-in-rate.per-address:30}") int perAddress,
            @Value("${ciip.security.sign-in-rate.exempt:}") Set<String> exempt) {
        this.clock = clock;
        this.perAddress = perAddress;
        this.exempt = exempt;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SIGN_IN_PATHS.contains(request.getRequestURI().substring(request.getContextPath().length()))
                || exempt.contains(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long minute = Math.floorDiv(clock.millis(), 60_000L);
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute < minute);
        }
        Window window = windows.compute(request.getRemoteAddr(),
                (address, w) -> w == null || w.minute != minute ? new Window(minute, 1) : new Window(minute, w.count + 1));
        if (window.count <= perAddress) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, (minute + 1) * 60 - Math.floorDiv(clock.millis(), 1000L));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        if (ProblemResponses.isApi(request)) {
            ProblemResponses.write(response, 429, "too-many-sign-ins", "Too many sign-in attempts",
                    "Too many sign-in attempts came from this address; try again in " + retryAfter + " seconds.");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        }
    }

    private record Window(long minute, int count) {
    }
}
