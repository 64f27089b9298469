package org.ciip.identity.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once, at issue; only its SHA-256 is stored, so a database leak reveals no
 * usable token. Tokens expire and their owner can revoke them.
 */
@Service
public class ApiTokenService implements org.ciip.identity.account.AccountService.AccountListener {

    static final String PREFIX = "ciip_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokenService(ApiTokens tokens, AuditTrail audit,
            Clock clock, @Value("${ciip.security.api-token-lifetime:P30D}") Duration lifetime) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** Issues a token for the actor; the answer holds the only copy of the secret. */
    @Transactional
    public IssuedToken issue(Actor actor, String name) {
        String label = Validation.isBlank(name) ? "API" : name.trim();
        if (label.length() > 100) {
            throw ApiException.invalid("name", "must be at most 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        UUID id = UUID.randomUUID();
        tokens.insert(id, actor.accountId(), label, Hashing.sha256Hex(token), token.substring(0, 12), now, expiresAt);
        audit.record("API_TOKEN_ISSUED", "ApiToken", id, Map.of("name", label, "expiresAt", expiresAt.toString()));
        return new IssuedToken(id, token, expiresAt);
    }

    /** The actor a presented token stands for, if it is known, unexpired and not revoked. */
    public Optional<Actor> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokens.Found> found = tokens.findLive(Hashing.sha256Hex(token), now);
        found.filter(f -> f.lastUsed() == null || f.lastUsed().isBefore(now.minusSeconds(60)))
                .ifPresent(f -> tokens.markUsed(f.tokenId(), now));
        return found.map(ApiTokens.Found::actor);
    }

    public List<TokenInfo> list(Actor actor) {
        return tokens.ofAccount(actor.accountId(), clock.instant());
    }

    /** Revokes one of the actor's own tokens; another account's token answers 404. */
    @Transactional
    public void revoke(Actor actor, UUID tokenId) {
        if (!tokens.revoke(tokenId, actor.accountId(), clock.instant())) {
            throw ApiException.notFound("Token " + tokenId);
        }
        audit.record("API_TOKEN_REVOKED", "ApiToken", tokenId, Map.of());
    }

    /** An administrator reset the account's password: none of its tokens works any more. */
    @Override
    public void credentialsWithdrawn(UUID accountId) {
        int revoked = tokens.revokeAll(accountId, clock.instant());
        if (revoked > 0) {
            audit.record("API_TOKENS_REVOKED", "Account", accountId, Map.of("tokens", revoked));
        }
    }

    public record IssuedToken(UUID id, String token, Instant expiresAt) {
    }

    public record TokenInfo(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt, Instant now) {

        public String status() {
            if (revokedAt != null) {
                return "REVOKED";
            }
            return expiresAt.isAfter(now) ? "ACTIVE" : "EXPIRED";
        }
    }
}
