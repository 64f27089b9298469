package org.ciip.identity.passkey;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * CIIP as a WebAuthn relying party. The relying party id is the host name people open ({@code ciip.passkeys.rp-id},
 * {@code localhost} by default) and the origins are where the ceremonies may run ({@code ciip.passkeys.origins}; by
 * default this server on localhost, at the port it started on). The authenticator must verify the person (a PIN or a
 * fingerprint), so that a passkey is two factors in one: something held and something known or been.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    private final Set<String> origins = new CopyOnWriteArraySet<>();
    private final List<String> configuredOrigins;

    PasskeyConfiguration(@Value("${ciip.passkeys.origins:}") List<String> configuredOrigins) {
        this.configuredOrigins = configuredOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        origins.addAll(this.configuredOrigins);
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users, Passkeys passkeys,
            @Value("${ciip.passkeys.rp-id:localhost}") String rpId) {
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, passkeys,
                PublicKeyCredentialRpEntity.builder().id(rpId).name("CIIP").build(), origins);
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                AuthenticatorSelectionCriteria.builder().residentKey(ResidentKeyRequirement.REQUIRED)
                        .userVerification(UserVerificationRequirement.REQUIRED).build()));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return operations;
    }

    /** Without configured origins, the passkeys work on this server opened on localhost (the demo, the tests). */
    @EventListener
    void started(WebServerInitializedEvent event) {
        if (configuredOrigins.isEmpty() && event.getWebServer().getPort() > 0) {
            origins.add("http://localhost:" + event.getWebServer().getPort());
        }
    }
}
