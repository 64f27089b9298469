package org.ciip.identity.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.ciip.identity.signin.SignInHistory;
import org.ciip.identity.signin.SignInHistory.Factor;
import org.ciip.identity.signin.SignInHistory.Outcome;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Signing in with a passkey: Spring Security's relying party checks the assertion (the challenge, the origin, the
 * signature, that the authenticator verified the person); CIIP then signs in the account as with its password, so that
 * what the person may do comes from CIIP, a disabled or locked account is refused, and the step is in the login history (SignInEvents).
 * A passkey used as the second step after the password keeps the password's factor beside its own.
 */
final class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnAuthenticationProvider relyingParty;
    private final CiipUserDetailsService users;
    private final SignInHistory history;
    private final Clock clock;

    PasskeySignIn(WebAuthnRelyingPartyOperations operations, CiipUserDetailsService users, SignInHistory history, Clock clock) {
        this.relyingParty = new WebAuthnAuthenticationProvider(operations, users);
        this.users = users;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        Authentication verified;
        try {
            verified = relyingParty.authenticate(request);
        } catch (AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BadCredentialsException("The passkey was not accepted.", e);
        }
        String username = verified.getName();
        CiipUser user = users.loadUserByUsername(username);
        try {
            new AccountStatusUserDetailsChecker().check(user);
        } catch (AccountStatusException e) {
            history.record(username, Factor.PASSKEY, e instanceof LockedException ? Outcome.LOCKED : Outcome.DISABLED);
            throw e;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && current.getPrincipal() instanceof CiipUser signedIn
                && signedIn.getUsername().equals(username)) {
            // the passkey as the second step: the password (and any earlier factor) stays, with its own time
            current.getAuthorities().stream()
                    .filter(a -> a instanceof FactorGrantedAuthority
                            && !FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a.getAuthority()))
                    .forEach(authorities::add);
        }
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
                .issuedAt(clock.instant()).build());
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
                authorities);
        signedIn.setDetails(request.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
