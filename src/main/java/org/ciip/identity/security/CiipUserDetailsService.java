package org.ciip.identity.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.mfa.SecondFactorService;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.Jurisdiction;
import org.ciip.shared.OrganizationKind;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads an account and resolves its jurisdiction from its organization. */
@Component
public class CiipUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountService accounts;
    private final Organizations organizations;
    private final Clock clock;
    private final org.ciip.identity.passkey.Passkeys passkeys;

    CiipUserDetailsService(AccountService accounts, Organizations organizations, Clock clock,
            org.ciip.identity.passkey.Passkeys passkeys) {
        this.accounts = accounts;
        this.passkeys = passkeys;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public CiipUser loadUserByUsername(String username) {
        AccountService.AccountRecord account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        Actor actor = actorOf(account);
        return new CiipUser(actor, account.passwordHash(), account.active(), account.lockedUntil(),
                clock.instant(), SecondFactorService.appliesTo(account, actor.organizationKind())
                        || passkeys.any(account.username()),
                account.mustChangePassword());
    }

    /** A password that signed in with an older hash gets a new one (Argon2); the session keeps its principal. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        accounts.upgradeHash(user.getUsername(), newPasswordHash);
        return user;
    }

    public Actor actorOf(AccountService.AccountRecord account) {
        OrganizationSummary organization = organizations.find(account.organizationId()).orElseThrow();
        return actorOf(account, organization.kind(), organization.sectors(), organization.jurisdictionProvince());
    }

    /** The actor of an account whose organization's kind, sectors and province were read along with it. */
    public static Actor actorOf(AccountService.AccountRecord account, OrganizationKind kind, List<String> sectors,
            String jurisdictionProvince) {
        Jurisdiction jurisdiction = new Jurisdiction(account.organizationId(), kind, Set.copyOf(sectors),
                jurisdictionProvince);
        return new Actor(account.id(), account.username(), account.displayName(), account.organizationId(), kind,
                account.roles(), jurisdiction);
    }
}
