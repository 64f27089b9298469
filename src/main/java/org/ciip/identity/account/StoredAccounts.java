package org.ciip.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.identity.account.AccountService.AccountRecord;
import org.ciip.shared.Role;
import org.ciip.shared.Rows;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the {@code account} table, and nothing else. */
@Repository
public class StoredAccounts {

    private final JdbcClient jdbc;

    StoredAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRecord> findByUsername(String username) {
        return jdbc.sql("select * from account where username = :u").param("u", username)
                .query(StoredAccounts::map).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    /** A page of accounts whose username or display name contains {@code text} (lower case), of one organization. */
    PageResult<AccountRecord> page(String text, UUID organizationId, boolean withoutSecondFactor, PageQuery page) {
        // the platform administrator's list: every account is in its scope
        Where where = Where.within(SqlPredicate.ALL)
                .when(text == null ? null : "%" + text + "%", "(a.username like :q or lower(a.display_name) like :q)", "q")
                .equal("a.organization_id", "org", organizationId)
                .when(withoutSecondFactor, "a.totp_enrolled_at is null and not exists (select 1 from user_entities e "
                        + "join user_credentials c on c.user_entity_user_id = e.id where e.name = a.username)");
        long total = jdbc.sql("select count(*) from account a where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<AccountRecord> items = jdbc.sql("select a.* from account a where " + where.sql()
                        + " order by a.username limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(StoredAccounts::map).list();
        return PageResult.of(items, page, total);
    }

    void insert(UUID id, UUID organizationId, String username, String displayName, String passwordHash,
            String[] roles, String email, boolean demo, AccountConfirmation confirmation, UUID confirmingOrganization,
            String proposedBy, Instant now) {
        jdbc.sql("""
                insert into account (id, organization_id, username, display_name, password_hash, roles, email,
                                     demo, confirmation, confirming_organization_id, proposed_by, created_at,
                                     password_changed_at)
                values (:id, :org, :username, :name, :hash, cast(:roles as varchar[]), :email, :demo, :confirmation,
                        :confirming, :proposedBy, :now, :now)""")
                .param("id", id).param("org", organizationId).param("username", username)
                .param("name", displayName).param("hash", passwordHash).param("roles", roles)
                .param("email", email).param("demo", demo).param("confirmation", confirmation.name())
                .param("confirming", confirmingOrganization, java.sql.Types.OTHER)
                .param("proposedBy", proposedBy).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Whether the organization has a confirmed, enabled principal or security officer who can confirm accounts, other
     * than {@code except} (the account being reset, which cannot confirm itself; null for none).
     */
    boolean hasApprover(UUID organizationId, UUID except) {
        return jdbc.sql("select exists (select 1 from account where organization_id = :org and enabled "
                        + "and confirmation = 'CONFIRMED' and roles && cast(:approving as varchar[]) "
                        + "and id is distinct from :except)")
                .param("org", organizationId).param("except", except, java.sql.Types.OTHER)
                .param("approving", java.util.Arrays.stream(Role.values()).filter(Role::canApprove).map(Role::name)
                        .toArray(String[]::new))
                .query(Boolean.class).single();
    }

    /** Decides a proposed account (guarded: only a proposal is decided); answers whether it was one. */
    boolean decide(UUID id, AccountConfirmation decision, String decidedBy, String reason, Instant now) {
        return jdbc.sql("update account set confirmation = :decision, decided_by = :by, decided_at = :now, "
                        + "rejection_reason = :reason, version = version + 1 "
                        + "where id = :id and confirmation = 'PROPOSED'")
                .param("decision", decision.name()).param("by", decidedBy).param("now", Timestamp.from(now))
                .param("reason", reason).param("id", id).update() == 1;
    }

    /**
     * Proposes a confirmed account again after the administrator reset its credentials (guarded: only a confirmed
     * account); answers whether it was one.
     */
    boolean proposeAgain(UUID id, UUID confirmingOrganization, String proposedBy) {
        return jdbc.sql("update account set confirmation = 'PROPOSED', proposal = 'RESET', "
                        + "confirming_organization_id = :confirming, proposed_by = :by, decided_by = null, "
                        + "decided_at = null, rejection_reason = null, version = version + 1 "
                        + "where id = :id and confirmation = 'CONFIRMED'")
                .param("confirming", confirmingOrganization, java.sql.Types.OTHER).param("by", proposedBy)
                .param("id", id).update() == 1;
    }

    /** The accounts waiting for an organization's confirmation, its own and those it confirms as the authority. */
    long proposedIn(UUID organizationId) {
        return jdbc.sql("select count(*) from account where confirming_organization_id = :org "
                        + "and confirmation = 'PROPOSED'")
                .param("org", organizationId).query(Long.class).single();
    }

    /** The accounts of one organization, proposals first, for its principal and security officer. */
    List<AccountRecord> ofOrganization(UUID organizationId) {
        return jdbc.sql("select * from account where organization_id = :org "
                        + "order by confirmation <> 'PROPOSED', username")
                .param("org", organizationId).query(StoredAccounts::map).list();
    }

    /** The accounts of other organizations that wait for this one's confirmation as the authority above them. */
    List<AccountRecord> awaitingAsAuthority(UUID organizationId) {
        return jdbc.sql("select * from account where confirming_organization_id = :org and organization_id <> :org "
                        + "and confirmation = 'PROPOSED' order by created_at, username")
                .param("org", organizationId).query(StoredAccounts::map).list();
    }

    Optional<AccountRecord> findById(UUID id) {
        return jdbc.sql("select * from account where id = :id").param("id", id).query(StoredAccounts::map).optional();
    }

    List<String> emailsOf(UUID organizationId) {
        return jdbc.sql("select email from account where organization_id = :org and enabled and email is not null "
                + "order by username").param("org", organizationId).query(String.class).list();
    }

    /**
     * Sets a new password and clears the failures and the lock; {@code mustChange}: the person has to choose another at
     * the next sign-in (after an administrator's reset).
     */
    void setPassword(UUID id, String passwordHash, boolean mustChange, Instant now) {
        jdbc.sql("update account set password_hash = :hash, failed_sign_ins = 0, locked_until = null, "
                        + "must_change_password = :must, password_changed_at = :now, version = version + 1 "
                        + "where id = :id")
                .param("hash", passwordHash).param("must", mustChange).param("now", Timestamp.from(now))
                .param("id", id).update();
    }

    /** Replaces a hash by a stronger one of the same password, at sign-in; nothing else changes. */
    void upgradeHash(String username, String passwordHash) {
        jdbc.sql("update account set password_hash = :hash where username = :u").param("hash", passwordHash)
                .param("u", username).update();
    }

    /** Enables or disables an account that is in the other state; answers whether it was. */
    boolean setEnabled(UUID id, boolean enabled) {
        return jdbc.sql("update account set enabled = :enabled, failed_sign_ins = 0, locked_until = null, "
                        + "version = version + 1 where id = :id and enabled = :expected")
                .param("enabled", enabled).param("expected", !enabled).param("id", id).update() == 1;
    }

    /** Disables every enabled demo account; answers their ids and user names. */
    List<AccountRecord> disableDemoAccounts() {
        return jdbc.sql("update account set enabled = false, version = version + 1 where demo and enabled "
                + "returning *").query(StoredAccounts::map).list();
    }

    /** Enables the demo accounts again (demo mode switched back on). */
    int enableDemoAccounts() {
        return jdbc.sql("update account set enabled = true, version = version + 1 where demo and not enabled")
                .update();
    }

    boolean mustChangePassword(UUID id) {
        return jdbc.sql("select must_change_password from account where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Counts one more failed sign-in; answers the failures in a row now, if the account exists. */
    Optional<Integer> countFailure(String username) {
        return jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where username = :u "
                        + "returning failed_sign_ins")
                .param("u", username).query(Integer.class).optional();
    }

    void lockUntil(String username, Instant until) {
        jdbc.sql("update account set locked_until = :until where username = :u")
                .param("until", Timestamp.from(until)).param("u", username).update();
    }

    void clearFailures(String username) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where username = :u "
                + "and (failed_sign_ins <> 0 or locked_until is not null)").param("u", username).update();
    }

    /** Maps a row with the columns of {@code account}. */
    public static AccountRecord map(ResultSet rs, int row) throws SQLException {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        Rows.strings(rs, "roles").stream().map(Role::valueOf).forEach(roleSet::add);
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRecord(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("organization_id")),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"), roleSet,
                rs.getBoolean("enabled"), rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant(),
                rs.getBoolean("demo"), rs.getBoolean("must_change_password"), rs.getString("totp_secret"),
                Rows.instant(rs, "totp_enrolled_at"), AccountConfirmation.valueOf(rs.getString("confirmation")),
                rs.getString("proposed_by"), rs.getString("rejection_reason"),
                Rows.uuid(rs, "confirming_organization_id"), "RESET".equals(rs.getString("proposal")));
    }
}
