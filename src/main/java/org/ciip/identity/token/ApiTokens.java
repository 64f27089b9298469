package org.ciip.identity.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.identity.account.StoredAccounts;
import org.ciip.identity.security.CiipUserDetailsService;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the {@code api_token} table, and nothing else. */
@Repository
class ApiTokens {

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A live token: its id, when it was last used, and the actor it stands for. */
    record Found(UUID tokenId, Instant lastUsed, Actor actor) {
    }

    void insert(UUID id, UUID accountId, String name, String tokenHash, String prefix, Instant now,
            Instant expiresAt) {
        jdbc.sql("""
                insert into api_token (id, account_id, name, token_hash, token_prefix, created_at, expires_at)
                values (:id, :account, :name, :hash, :prefix, :now, :expires)""")
                .param("id", id).param("account", accountId).param("name", name).param("hash", tokenHash)
                .param("prefix", prefix).param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update();
    }

    /**
     * The token, its account and the account's organization (for the jurisdiction) in one look-up: this runs on every
     * API request. A token of a disabled or locked account answers nothing while the account is so.
     */
    Optional<Found> findLive(String tokenHash, Instant now) {
        return jdbc.sql("""
                select a.*, t.id as token_id, t.last_used_at as token_last_used_at, o.kind as organization_kind,
                       o.sectors as organization_sectors, o.jurisdiction_province as organization_province
                from api_token t join account a on a.id = t.account_id join organization o on o.id = a.organization_id
                where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and a.enabled
                  and a.confirmation = 'CONFIRMED' and (a.locked_until is null or a.locked_until <= :now)""")
                .param("hash", tokenHash).param("now", Timestamp.from(now))
                .query((rs, n) -> new Found(UUID.fromString(rs.getString("token_id")),
                        Rows.instant(rs, "token_last_used_at"), CiipUserDetailsService.actorOf(
                                StoredAccounts.map(rs, n), OrganizationKind.valueOf(rs.getString("organization_kind")),
                                Rows.strings(rs, "organization_sectors"), rs.getString("organization_province"))))
                .optional();
    }

    void markUsed(UUID tokenId, Instant now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", tokenId).update();
    }

    List<ApiTokenService.TokenInfo> ofAccount(UUID accountId, Instant now) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at
                from api_token where account_id = :account order by created_at desc""")
                .param("account", accountId)
                .query((rs, n) -> new ApiTokenService.TokenInfo(UUID.fromString(rs.getString(1)), rs.getString(2),
                        rs.getString(3), Rows.instant(rs.getTimestamp(4)), Rows.instant(rs.getTimestamp(5)),
                        Rows.instant(rs.getTimestamp(6)), Rows.instant(rs.getTimestamp(7)), now))
                .list();
    }

    /** Revokes a live token of the account; false when there is none such. */
    /** Revokes every live token of an account; answers how many. */
    int revokeAll(UUID accountId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where account_id = :account and revoked_at is null")
                .param("now", Timestamp.from(now)).param("account", accountId).update();
    }

    boolean revoke(UUID tokenId, UUID accountId, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and account_id = :account "
                        + "and revoked_at is null")
                .param("now", Timestamp.from(now)).param("id", tokenId).param("account", accountId).update() == 1;
    }
}
