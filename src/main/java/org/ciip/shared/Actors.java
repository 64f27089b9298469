package org.ciip.shared;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The actor of the current request. Work outside any request (start-up, scheduled sweeps) acts as the system; an
 * anonymous caller never gets an actor, so that no query runs without a jurisdiction.
 */
public final class Actors {

    private Actors() {
    }

    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Actor.SYSTEM;
        }
        if (authentication.getPrincipal() instanceof ActorPrincipal principal) {
            return principal.actor();
        }
        throw new AuthenticationCredentialsNotFoundException("Sign in first");
    }

    /** Refuses (403) anyone but the platform administrator; work of the system itself is allowed. */
    public static void requirePlatformAdministrator(String refusal) {
        Actor actor = current();
        if (!actor.jurisdiction().isSystem() && !actor.is(OrganizationKind.PLATFORM_ADMIN)) {
            throw org.ciip.shared.api.ApiException.forbidden(refusal);
        }
    }

    /** Runs work that the platform does on its own account (e.g. locking an account after failed sign-ins), with
     * the system as actor whoever made the request. */
    public static void asSystem(Runnable work) {
        org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
