package org.ciip.identity.token;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.ciip.shared.Actor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates clients that speak only HTTP Basic (TAXII clients do): the user name is the account's and the password
 * is one of its API tokens, never the account's password. A token of another account, or an unknown one, is rejected.
 */
public class BasicTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final BearerTokenFilter.TokenRejection rejection;

    public BasicTokenFilter(ApiTokenService tokens, BearerTokenFilter.TokenRejection rejection) {
        this.tokens = tokens;
        this.rejection = rejection;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            chain.doFilter(request, response);
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            rejection.reject(response);
            return;
        }
        int colon = decoded.indexOf(':');
        Optional<Actor> actor = colon < 0 ? Optional.empty() : tokens.authenticate(decoded.substring(colon + 1))
                .filter(a -> a.username().equals(decoded.substring(0, colon)));
        if (actor.isEmpty()) {
            rejection.reject(response);
            return;
        }
        BearerTokenFilter.proceedAs(actor.get(), request, response, chain);
    }
}
