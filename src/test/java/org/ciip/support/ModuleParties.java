package org.ciip.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.ciip.registry.Organizations;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.Actor;
import org.ciip.shared.ActorPrincipal;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Parties for a module test, which starts a module without the identity module: organizations registered through the
 * registry's API, and actors of them that act as a signed-in security officer would.
 */
public final class ModuleParties {

    private ModuleParties() {
    }

    /** Registers an organization of {@code kind} in Beijing, of {@code sector} (none when null); answers its id. */
    public static UUID register(Organizations organizations, OrganizationKind kind, String sector) {
        String code = UnifiedSocialCreditCode.complete("91110000"
                + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)) + "X");
        return organizations.register(new Organizations.OrganizationRegistration(kind, "Module test " + code,
                "Module test " + code, code, "110105", null, sector == null ? List.of() : List.of(sector))).id();
    }

    /** The security officer of an organization, with the organization's jurisdiction. */
    public static Actor officer(UUID organization, OrganizationKind kind, String sector) {
        Set<String> sectors = sector == null ? Set.of() : Set.of(sector);
        return new Actor(UUID.randomUUID(), "officer-" + organization, "Officer of " + organization, organization,
                kind, Set.of(Role.SECURITY_OFFICER), new Jurisdiction(organization, kind, sectors, null));
    }

    /** Runs {@code work} signed in as {@code actor}, as a request of that actor would. */
    public static <T> T as(Actor actor, Supplier<T> work) {
        ActorPrincipal principal = () -> actor;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
