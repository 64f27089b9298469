package org.ciip.identity.token;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.security.CiipUserDetailsService;
import org.ciip.shared.Actor;
import org.ciip.shared.Hashing;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. The secret is shown once, at issue; only its SHA-256 is stored, so a database leak reveals no
 * usable token. Tokens expire and their owner can revoke them.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "ciip_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokenService(JdbcClient jdbc, AuditTrail audit,
            Clock clock, @Value("${ciip.security.api-token-lifetime:P30D}") Duration lifetime) {
        this.jdbc = jdbc;
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
        jdbc.sql("""
                insert into api_token (id, account_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:id, :account, :name, :hash, :prefix, :now, :expires)""")
                .param("id", id).param("account", actor.accountId()).param("name", label)
                .param("hash", Hashing.sha256Hex(token)).param("prefix", token.substring(0, 12))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update();
        audit.record("API_TOKEN_ISSUED", "ApiToken", id, Map.of("name", label, "expiresAt", expiresAt.toString()));
        return new IssuedToken(id, token, expiresAt);
    }

    /** The actor a presented token stands for, if it is known, unexpired and not revoked. */
    public Optional<Actor> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        record Found(UUID tokenId, Instant lastUsed, Actor actor) {
        }
        // the token, its account and the account's organization (for the jurisdiction) in one look-up: this runs on
        // every API request
        Optional<Found> found = jdbc.sql("""
                select a.*, t.id as token_id, t.last_used_at as token_last_used_at, o.kind as organization_kind,
                       o.sectors as organization_sectors, o.jurisdiction_province as organization_province
                from api_token t join account a on a.id = t.account_id join organization o on o.id = a.organization_id
                where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled""")
                .param("hash", Hashing.sha256Hex(token)).param("now", Timestamp.from(now))
                .query((rs, n) -> new Found(UUID.fromString(rs.getString("token_id")),
                        Rows.instant(rs, "token_last_used_at"), CiipUserDetailsService.actorOf(
                                AccountService.map(rs, n), OrganizationKind.valueOf(rs.getString("organization_kind")),
                                Rows.strings(rs, "organization_sectors"), rs.getString("organization_province"))))
                .optional();
        found.filter(f -> f.lastUsed() == null || f.lastUsed().isBefore(now.minusSeconds(60)))
                .ifPresent(f -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", f.tokenId()).update());
        return found.map(Found::actor);
    }

    public List<TokenInfo> list(Actor actor) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at
                from api_token where account_id = :account order by created_at desc""")
                .param("account", actor.accountId())
                .query((rs, n) -> new TokenInfo(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Rows.instant(rs.getTimestamp(4)), Rows.instant(rs.getTimestamp(5)), Rows.instant(rs.getTimestamp(6)),
                        Rows.instant(rs.getTimestamp(7)), clock.instant()))
                .list();
    }

    /** Revokes one of the actor's own tokens; another account's token answers 404. */
    @Transactional
    public void revoke(Actor actor, UUID tokenId) {
        int updated = jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account "
                        + "and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId)
                .param("account", actor.accountId()).update();
        if (updated == 0) {
            throw ApiException.notFound("Token " + tokenId);
        }
        audit.record("API_TOKEN_REVOKED", "ApiToken", tokenId, Map.of());
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
