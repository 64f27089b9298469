package org.ciip.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ciip.identity.security.CiipUser;
import org.ciip.shared.Actor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}; a bad token is a 401 problem. */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final TokenRejection rejection;
    private final java.util.function.Function<String, Optional<Actor>> jwts;

    public BearerTokenFilter(ApiTokenService tokens, TokenRejection rejection) {
        this(tokens, rejection, null);
    }

    /** {@code jwts}: the accounts of the single sign-on issuer's JWTs, where one is configured (null otherwise). */
    public BearerTokenFilter(ApiTokenService tokens, TokenRejection rejection,
            java.util.function.Function<String, Optional<Actor>> jwts) {
        this.tokens = tokens;
        this.rejection = rejection;
        this.jwts = jwts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(7).trim();
        // a JWT (three dot-separated parts) goes to the issuer; CIIP's own tokens have no dots and go to the table
        Optional<Actor> actor = jwts != null && token.chars().filter(c -> c == '.').count() == 2
                ? jwts.apply(token) : tokens.authenticate(token);
        if (actor.isEmpty()) {
            rejection.reject(response);
            return;
        }
        proceedAs(actor.get(), request, response, chain);
    }

    /** Goes on with the request signed in as the token's account, and signed out again afterwards. */
    static void proceedAs(Actor actor, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CiipUser user = new CiipUser(actor, null, true, null, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** How a request with an unknown, expired or revoked token is answered. */
    @FunctionalInterface
    public interface TokenRejection {
        void reject(HttpServletResponse response) throws IOException;
    }
}
