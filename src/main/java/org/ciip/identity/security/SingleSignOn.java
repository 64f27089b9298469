package org.ciip.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on through the deployment's OpenID Connect issuer (registration {@code sso}, docs/security.md): the
 * person the issuer signed in is linked to the CIIP account named by one claim of theirs ({@code
 * ciip.sso.account-claim}, {@code preferred_username} by default); the account must exist, be enabled and not locked.
 * What the person may do comes from CIIP, never from the token's own roles: the account's roles, and those the
 * administrator mapped from the issuer's groups ({@code ciip.sso.groups-claim}) in its organization. A second factor the issuer asserts in {@code amr}
 * (RFC 8176) counts as CIIP's second step; otherwise an account that needs one is asked for its authenticator's code.
 */
@Component
public class SingleSignOn extends OidcUserService {

    /** The methods of RFC 8176 that are a factor beyond a password. */
    static final Set<String> SECOND_FACTORS = Set.of("mfa", "otp", "hwk", "swk", "sc", "fpt", "face", "iris",
            "retina", "vbm", "sms", "tel");

    private final CiipUserDetailsService accounts;
    private final String claim;
    private final String groupsClaim;
    private final org.ciip.identity.sso.GroupRoleMappings groups;
    private final Clock clock;

    SingleSignOn(CiipUserDetailsService accounts, @Value("${ciip.sso.account-claim:preferred_username}") String claim,
            @Value("${ciip.sso.groups-claim:groups}") String groupsClaim,
            org.ciip.identity.sso.GroupRoleMappings groups, Clock clock) {
        this.accounts = accounts;
        this.claim = claim;
        this.groupsClaim = groupsClaim;
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser issued = super.loadUser(request);
        CiipUser account = account(issued.getClaims());
        if (account == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_not_linked",
                    "No CIIP account is linked to this sign-in (claim " + claim + ")", null));
        }
        Instant now = clock.instant();
        List<GrantedAuthority> factors = new ArrayList<>();
        factors.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                .issuedAt(now).build());
        if (secondFactorAsserted(issued.getClaims())) {
            factors.add(FactorGrantedAuthority.withAuthority(SignInFactors.TOTP_AUTHORITY).issuedAt(now).build());
        }
        return new SsoUser(issued, account, factors);
    }

    /** The CIIP account the claims name, when it may sign in; null otherwise. */
    public CiipUser account(Map<String, Object> claims) {
        Object value = claims.get(claim);
        if (!(value instanceof String username) || username.isBlank()) {
            return null;
        }
        try {
            CiipUser account = (CiipUser) accounts.loadUserByUsername(username.trim());
            if (!account.isEnabled() || !account.isAccountNonLocked()) {
                return null;
            }
            // the roles the administrator mapped from the issuer's groups, in the account's own organization
            return account.withRoles(groups.rolesFor(account.actor().organizationId(), groupsOf(claims)));
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    /** The issuer's groups of the person ({@code ciip.sso.groups-claim}: a list of names, or one name). */
    private java.util.List<String> groupsOf(Map<String, Object> claims) {
        Object value = claims.get(groupsClaim);
        if (value instanceof Collection<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return value instanceof String name && !name.isBlank() ? List.of(name) : List.of();
    }

    /** Whether the issuer says the person used a factor beyond a password ({@code amr}, RFC 8176). */
    public static boolean secondFactorAsserted(Map<String, Object> claims) {
        return claims.get("amr") instanceof Collection<?> methods
                && methods.stream().anyMatch(m -> SECOND_FACTORS.contains(String.valueOf(m)));
    }
}
