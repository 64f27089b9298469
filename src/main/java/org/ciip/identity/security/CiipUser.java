package org.ciip.identity.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.ActorPrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account: its actor (organization, roles, jurisdiction) and, during sign-in only, its password hash. */
public final class CiipUser implements UserDetails, CredentialsContainer, ActorPrincipal {

    private final Actor actor;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final Instant checkedAt;
    private final boolean secondFactor;
    private final boolean passwordChangeDue;

    public CiipUser(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, Instant checkedAt) {
        this(actor, passwordHash, enabled, lockedUntil, checkedAt, false, false);
    }

    /**
     * {@code secondFactor}: after the password, the sign-in form asks for the authenticator's code;
     * {@code passwordChangeDue}: the account signed in with a password an administrator set.
     */
    public CiipUser(Actor actor, String passwordHash, boolean enabled, Instant lockedUntil, Instant checkedAt,
            boolean secondFactor, boolean passwordChangeDue) {
        this.secondFactor = secondFactor;
        this.passwordChangeDue = passwordChangeDue;
        this.actor = actor;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.checkedAt = checkedAt;
    }

    @Override
    public Actor actor() {
        return actor;
    }

    /** The same account holding these roles too (the issuer's groups mapped to roles, for one sign-in). */
    public CiipUser withRoles(java.util.Set<org.ciip.shared.Role> more) {
        if (actor.roles().containsAll(more)) {
            return this;
        }
        java.util.Set<org.ciip.shared.Role> roles = java.util.EnumSet.noneOf(org.ciip.shared.Role.class);
        roles.addAll(actor.roles());
        roles.addAll(more);
        Actor widened = new Actor(actor.accountId(), actor.username(), actor.displayName(), actor.organizationId(),
                actor.organizationKind(), java.util.Set.copyOf(roles), actor.jurisdiction());
        return new CiipUser(widened, passwordHash, enabled, lockedUntil, checkedAt, secondFactor, passwordChangeDue);
    }

    /**
     * Whether the account had to choose a new password when it signed in (an administrator's reset): only then does a
     * page need to look whether it has done so since.
     */
    public boolean passwordChangeDue() {
        return passwordChangeDue;
    }

    /** Whether this account signs in with a second factor (required by its role, or enrolled by choice). */
    public boolean secondFactor() {
        return secondFactor;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        actor.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        if (actor.organizationKind() != null) {
            authorities.add(new SimpleGrantedAuthority("KIND_" + actor.organizationKind().name()));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(checkedAt);
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
