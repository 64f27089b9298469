package org.ciip.identity.security;

import org.ciip.identity.account.AccountService;
import org.ciip.shared.Actors;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed sign-ins (form and token issuing alike) so that repeated failures lock the account. */
@Component
class SignInEvents {

    private final AccountService accounts;

    SignInEvents(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof String username) {
            Actors.asSystem(() -> accounts.recordFailure(username));
        }
    }

    /** A right password clears the failures, unless a second factor is still to come: then the code does. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CiipUser user && !user.secondFactor()) {
            accounts.recordSuccess(user.getUsername());
        }
    }
}
