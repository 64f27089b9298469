package org.ciip.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.identity.Accounts;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.Role;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created by the platform administrator; sign-in failures lock an account for a growing time. */
@Service
public class AccountService implements Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final org.springframework.beans.factory.ObjectProvider<org.ciip.identity.security.CiipUserDetailsService> userDetails;

    AccountService(JdbcClient jdbc, PasswordEncoder passwords, Organizations organizations, AuditTrail audit,
            Clock clock, @Value("${ciip.security.max-failed-sign-ins:5}") int maxFailures,
            org.springframework.beans.factory.ObjectProvider<org.ciip.identity.security.CiipUserDetailsService> userDetails) {
        this.userDetails = userDetails;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    public Optional<AccountRecord> findByUsername(String username) {
        return jdbc.sql("select * from account where username = :u").param("u", username)
                .query(AccountService::map).optional();
    }

    @Override
    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    public PageResult<AccountRecord> list(String q, UUID organizationId, PageQuery page) {
        requireAdministrator();
        String where = "(cast(:q as varchar) is null or a.username like :q or lower(a.display_name) like :q)"
                + " and (cast(:org as uuid) is null or a.organization_id = :org)";
        String like = q == null || q.isBlank() ? null : "%" + q.trim().toLowerCase() + "%";
        long total = jdbc.sql("select count(*) from account a where " + where).param("q", like)
                .param("org", organizationId).query(Long.class).single();
        List<AccountRecord> items = jdbc.sql("select a.* from account a where " + where
                        + " order by a.username limit :limit offset :offset")
                .param("q", like).param("org", organizationId).param("limit", page.size())
                .param("offset", page.offset()).query(AccountService::map).list();
        return PageResult.of(items, page, total);
    }

    @Override
    @Transactional
    public UUID create(NewAccount account) {
        requireAdministrator();
        Validation v = new Validation();
        if (account.username() == null || !account.username().matches("[a-z0-9][a-z0-9._-]{2,63}")) {
            v.add("username", "validation.username",
                    "must be 3 to 64 lower-case letters, digits, dots, dashes or underscores");
        } else if (exists(account.username())) {
            v.add("username", "validation.usernameTaken", "is already taken");
        }
        v.requireText(account.displayName(), "displayName", 200);
        if (account.organizationId() == null || organizations.find(account.organizationId()).isEmpty()) {
            v.add("organizationId", "validation.required", "is required");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            v.add("roles", "validation.rolesRequired", "at least one role is required");
        }
        if (account.email() != null && !account.email().isBlank()
                && !account.email().trim().matches("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]+")) {
            v.add("email", "validation.email", "is not an e-mail address");
        }
        if (account.password() == null || account.password().length() < MIN_PASSWORD_LENGTH) {
            v.add("password", "validation.passwordLength",
                    "must be at least " + MIN_PASSWORD_LENGTH + " characters", MIN_PASSWORD_LENGTH);
        }
        v.throwIfInvalid();
        return insert(account);
    }

    @Override
    @Transactional
    public UUID createDemoAccount(NewAccount account) {
        return insert(account);
    }

    private UUID insert(NewAccount account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, organization_id, username, display_name, password_hash, roles, email,
                                     created_at)
                values (:id, :org, :username, :name, :hash, cast(:roles as varchar[]), :email, :now)""")
                .param("id", id).param("org", account.organizationId()).param("username", account.username())
                .param("name", account.displayName().trim()).param("hash", passwords.encode(account.password()))
                .param("roles", account.roles().stream().map(Role::name).sorted().toArray(String[]::new))
                .param("email", account.email() == null || account.email().isBlank() ? null : account.email().trim())
                .param("now", Timestamp.from(clock.instant()))
                .update();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("username", account.username());
        summary.put("organizationId", account.organizationId().toString());
        summary.put("roles", account.roles().stream().map(Role::name).sorted().toList());
        audit.record("ACCOUNT_CREATED", "Account", id, summary);
        return id;
    }

    @Override
    public List<String> emailsOf(UUID organizationId) {
        return jdbc.sql("select email from account where organization_id = :org and enabled and email is not null "
                + "order by username").param("org", organizationId).query(String.class).list();
    }

    @Override
    public boolean hasPassword(String username, String rawPassword) {
        return findByUsername(username).map(a -> passwords.matches(rawPassword, a.passwordHash())).orElse(false);
    }

    @Override
    public <T> T runAs(String username, java.util.function.Supplier<T> work) {
        return org.ciip.identity.security.RunAs.user(userDetails.getObject().loadUserByUsername(username), work);
    }

    @Override
    @Transactional
    public void resetDemoPassword(String username, String rawPassword) {
        AccountRecord account = findByUsername(username).orElseThrow();
        jdbc.sql("update account set password_hash = :hash, failed_sign_ins = 0, locked_until = null, "
                        + "version = version + 1 where id = :id")
                .param("hash", passwords.encode(rawPassword)).param("id", account.id()).update();
        audit.record("DEMO_PASSWORD_SET", "Account", account.id(), Map.of("username", username));
    }

    /** A failed sign-in with a known username: after {@code maxFailures} in a row, the account locks for 1 minute,
     * then 2, 4, … up to 60 minutes for each further failure. */
    @Transactional
    public void recordFailure(String username) {
        Instant now = clock.instant();
        jdbc.sql("update account set failed_sign_ins = failed_sign_ins + 1 where username = :u").param("u", username)
                .update();
        findByUsername(username).ifPresent(account -> {
            int beyond = account.failedSignIns() - maxFailures;
            if (beyond >= 0) {
                Duration lock = Duration.ofMinutes(Math.min(60, 1L << Math.min(beyond, 6)));
                jdbc.sql("update account set locked_until = :until where id = :id")
                        .param("until", Timestamp.from(now.plus(lock))).param("id", account.id()).update();
                audit.record("ACCOUNT_LOCKED", "Account", account.id(), Map.of("username", username,
                        "failedSignIns", account.failedSignIns(), "lockedMinutes", lock.toMinutes()));
            }
        });
    }

    public void recordSuccess(String username) {
        jdbc.sql("update account set failed_sign_ins = 0, locked_until = null where username = :u "
                + "and (failed_sign_ins <> 0 or locked_until is not null)").param("u", username).update();
    }

    private static void requireAdministrator() {
        Actors.requirePlatformAdministrator("Only the platform administrator manages accounts.");
    }

    /** Maps a row with the columns of {@code account}. */
    public static AccountRecord map(ResultSet rs, int row) throws SQLException {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        Rows.strings(rs, "roles").stream().map(Role::valueOf).forEach(roleSet::add);
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRecord(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("organization_id")),
                rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"), roleSet,
                rs.getBoolean("enabled"), rs.getInt("failed_sign_ins"), locked == null ? null : locked.toInstant());
    }

    /** An account as stored. */
    public record AccountRecord(UUID id, UUID organizationId, String username, String displayName,
            String passwordHash, Set<Role> roles, boolean enabled, int failedSignIns, Instant lockedUntil) {

        public List<String> roleNames() {
            return new ArrayList<>(roles.stream().map(Role::name).sorted().toList());
        }
    }
}
