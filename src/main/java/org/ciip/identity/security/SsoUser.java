package org.ciip.identity.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ciip.shared.Actor;
import org.ciip.shared.ActorPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An account signed in through the OpenID Connect issuer: the issuer said who the person is; CIIP says what they may do
 * (the account's organization and roles, never the token's). {@code secondFactorByIssuer}: the issuer asserted a
 * second factor in the ID token ({@code amr}, RFC 8176), which counts as CIIP's second step.
 */
public final class SsoUser implements OidcUser, ActorPrincipal {

    private final OidcUser issued;
    private final CiipUser account;
    private final List<GrantedAuthority> authorities;

    SsoUser(OidcUser issued, CiipUser account, List<GrantedAuthority> factors) {
        this.issued = issued;
        this.account = account;
        List<GrantedAuthority> all = new ArrayList<>(account.getAuthorities());
        all.addAll(factors);
        this.authorities = List.copyOf(all);
    }

    /** The CIIP account the issuer's person is linked to. */
    public CiipUser account() {
        return account;
    }

    @Override
    public Actor actor() {
        return account.actor();
    }

    @Override
    public Map<String, Object> getClaims() {
        return issued.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return issued.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return issued.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return issued.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getName() {
        return account.getUsername();
    }
}
