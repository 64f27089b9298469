package org.ciip.identity.security;

import org.ciip.identity.account.AccountService;
import org.ciip.shared.Actors;
import org.springframework.context.event.EventListener;
import org.ciip.identity.signin.SignInHistory;
import org.ciip.identity.signin.SignInHistory.Factor;
import org.ciip.identity.signin.SignInHistory.Outcome;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins (form and token issuing alike) so that repeated failures lock the account. */
@Component
class SignInEvents {

    private final AccountService accounts;
    private final SignInHistory history;

    SignInEvents(AccountService accounts, SignInHistory history) {
        this.accounts = accounts;
        this.history = history;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String username) {
            Actors.asSystem(() -> accounts.recordFailure(username));
            history.record(username, Factor.PASSWORD, Outcome.WRONG_PASSWORD);
        }
    }

    /** A locked or disabled account refused at the password (a passkey's refusal is recorded where it is known). */
    @EventListener
    void locked(AuthenticationFailureLockedEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        history.record(event.getAuthentication().getName(), Factor.PASSWORD, Outcome.LOCKED);
    }

    @EventListener
    void disabled(AuthenticationFailureDisabledEvent event) {
        if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        history.record(event.getAuthentication().getName(), Factor.PASSWORD, Outcome.DISABLED);
    }

    /**
     * A right password clears the failures, unless a second factor is still to come: then the code does. A passkey is
     * both factors in one, and clears them.
     */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CiipUser user) {
            boolean passkey = event.getAuthentication().getAuthorities().stream()
                    .anyMatch(a -> FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a.getAuthority()));
            history.record(user.getUsername(), passkey ? Factor.PASSKEY : Factor.PASSWORD, Outcome.SUCCEEDED);
            if (passkey || !user.secondFactor()) {
                accounts.recordSuccess(user.getUsername());
            }
        }
    }
}
