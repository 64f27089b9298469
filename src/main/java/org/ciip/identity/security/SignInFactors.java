package org.ciip.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** The second step of signing in: what a session holds before and after the authenticator's code was checked. */
public final class SignInFactors {

    /** The authority a session gains when the authenticator's code (or a recovery code) was checked. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    /** The sign-in form's second step, which a session signed in with the password alone may open. */
    public static final String SECOND_FACTOR_PAGE = "/login/second-factor";

    private static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();
    private static final org.springframework.security.web.savedrequest.RequestCache REQUESTS =
            new org.springframework.security.web.savedrequest.HttpSessionRequestCache();

    private SignInFactors() {
    }

    /** The person signed in with the password on the form, and the code (or a passkey) is still to come. */
    public static CiipUser awaitingSecondFactor(Authentication authentication) {
        if (authentication == null || authentication.getAuthorities().stream().anyMatch(a ->
                TOTP_AUTHORITY.equals(a.getAuthority())
                        || FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a.getAuthority()))) {
            return null;
        }
        if (authentication.getPrincipal() instanceof SsoUser sso) {
            return sso.account();
        }
        return authentication.getPrincipal() instanceof CiipUser user ? user : null;
    }

    /** Adds the second factor to the session's sign-in, under a new session id. */
    public static void grantSecondFactor(HttpServletRequest request, HttpServletResponse response, Instant at) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(at).build());
        UsernamePasswordAuthenticationToken upgraded = UsernamePasswordAuthenticationToken.authenticated(
                current.getPrincipal(), null, authorities);
        upgraded.setDetails(current.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(upgraded);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        SESSIONS.saveContext(context, request, response);
    }

    /**
     * Where a completed sign-in goes: the page first asked for (a GET), taken from the session once, or home; without
     * the "continue" marker that the request cache adds, for which the page has no use.
     */
    public static String savedPage(HttpServletRequest request, HttpServletResponse response) {
        org.springframework.security.web.savedrequest.SavedRequest saved = REQUESTS.getRequest(request, response);
        REQUESTS.removeRequest(request, response);
        if (saved == null || !saved.getMethod().equals("GET")) {
            return "/";
        }
        java.net.URI url = java.net.URI.create(saved.getRedirectUrl());
        String query = url.getRawQuery() == null ? "" : java.util.Arrays.stream(url.getRawQuery().split("&"))
                .filter(p -> !p.equals("continue")).collect(java.util.stream.Collectors.joining("&"));
        return url.getRawPath() + (query.isEmpty() ? "" : "?" + query);
    }
}
