package org.ciip.identity.security;

import java.util.Optional;
import org.ciip.shared.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The API accepts the JWTs of the single sign-on issuer as bearer tokens (DESIGN.md §4): signed by the issuer (its
 * published keys), issued by it, unexpired, for CIIP (the audience is the registration's client id, or
 * {@code ciip.sso.audience}), and naming a CIIP account that may sign in ({@link SingleSignOn#account}). An account that
 * needs a second factor is accepted only when the token asserts one ({@code amr}). A token of another issuer is refused.
 */
@Component
public class SsoTokens implements org.ciip.identity.SingleSignOnOption {

    static final String REGISTRATION = "sso";

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final SingleSignOn sso;
    private final String audience;
    private volatile JwtDecoder decoder;

    SsoTokens(ObjectProvider<ClientRegistrationRepository> registrations, SingleSignOn sso,
            @Value("${ciip.sso.audience:}") String audience) {
        this.registrations = registrations;
        this.sso = sso;
        this.audience = audience.trim();
    }

    @Override
    public boolean configured() {
        return registration() != null;
    }

    private ClientRegistration registration() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        return repository == null ? null : repository.findByRegistrationId(REGISTRATION);
    }

    /** The account of a JWT of the issuer, or nothing when it is not one, or not valid, or names no account. */
    public Optional<Actor> authenticate(String token) {
        if (token.chars().filter(c -> c == '.').count() != 2) {
            return Optional.empty();
        }
        JwtDecoder jwts = decoder();
        if (jwts == null) {
            return Optional.empty();
        }
        Jwt jwt;
        try {
            jwt = jwts.decode(token);
        } catch (JwtException e) {
            return Optional.empty();
        }
        CiipUser account = sso.account(jwt.getClaims());
        if (account == null || (account.secondFactor() && !SingleSignOn.secondFactorAsserted(jwt.getClaims()))) {
            return Optional.empty();
        }
        return Optional.of(account.actor());
    }

    private JwtDecoder decoder() {
        JwtDecoder current = decoder;
        if (current != null) {
            return current;
        }
        ClientRegistration registration = registration();
        if (registration == null || registration.getProviderDetails().getIssuerUri() == null) {
            return null;
        }
        String issuer = registration.getProviderDetails().getIssuerUri();
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        String expected = audience.isEmpty() ? registration.getClientId() : audience;
        nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                jwt -> jwt.getAudience() != null && jwt.getAudience().contains(expected)
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new org.springframework.security.oauth2.core.OAuth2Error(
                                "invalid_token", "The token is not for " + expected, null))));
        decoder = nimbus;
        return nimbus;
    }
}
