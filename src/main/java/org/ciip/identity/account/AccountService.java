package org.ciip.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created by the platform administrator; sign-in failures lock an account for a growing time. */
@Service
public class AccountService implements Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;

    private final StoredAccounts accounts;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final org.springframework.beans.factory.ObjectProvider<org.ciip.identity.security.CiipUserDetailsService> userDetails;

    AccountService(StoredAccounts accounts, PasswordEncoder passwords, Organizations organizations, AuditTrail audit,
            Clock clock, @Value("${ciip.security.max-failed-sign-ins:5}") int maxFailures,
            org.springframework.beans.factory.ObjectProvider<org.ciip.identity.security.CiipUserDetailsService> userDetails) {
        this.userDetails = userDetails;
        this.accounts = accounts;
        this.passwords = passwords;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
    }

    public Optional<AccountRecord> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Override
    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public long count() {
        return accounts.count();
    }

    public PageResult<AccountRecord> list(String q, UUID organizationId, PageQuery page) {
        requireAdministrator();
        return accounts.page(q == null || q.isBlank() ? null : q.trim().toLowerCase(), organizationId, page);
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
        accounts.insert(id, account.organizationId(), account.username(), account.displayName().trim(),
                passwords.encode(account.password()),
                account.roles().stream().map(Role::name).sorted().toArray(String[]::new),
                account.email() == null || account.email().isBlank() ? null : account.email().trim(), clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("username", account.username());
        summary.put("organizationId", account.organizationId().toString());
        summary.put("roles", account.roles().stream().map(Role::name).sorted().toList());
        audit.record("ACCOUNT_CREATED", "Account", id, summary);
        return id;
    }

    @Override
    public List<String> emailsOf(UUID organizationId) {
        return accounts.emailsOf(organizationId);
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
        accounts.setPassword(account.id(), passwords.encode(rawPassword));
        audit.record("DEMO_PASSWORD_SET", "Account", account.id(), Map.of("username", username));
    }

    /** A failed sign-in with a known username: after {@code maxFailures} in a row, the account locks for 1 minute,
     * then 2, 4, … up to 60 minutes for each further failure. */
    @Transactional
    public void recordFailure(String username) {
        Instant now = clock.instant();
        accounts.countFailure(username).ifPresent(failures -> {
            int beyond = failures - maxFailures;
            if (beyond >= 0) {
                Duration lock = Duration.ofMinutes(Math.min(60, 1L << Math.min(beyond, 6)));
                accounts.lockUntil(username, now.plus(lock));
                AccountRecord account = accounts.findByUsername(username).orElseThrow();
                audit.record("ACCOUNT_LOCKED", "Account", account.id(), Map.of("username", username,
                        "failedSignIns", failures, "lockedMinutes", lock.toMinutes()));
            }
        });
    }

    public void recordSuccess(String username) {
        accounts.clearFailures(username);
    }

    private static void requireAdministrator() {
        Actors.requirePlatformAdministrator("Only the platform administrator manages accounts.");
    }

    /** An account as stored. */
    public record AccountRecord(UUID id, UUID organizationId, String username, String displayName,
            String passwordHash, Set<Role> roles, boolean enabled, int failedSignIns, Instant lockedUntil) {

        public List<String> roleNames() {
            return new ArrayList<>(roles.stream().map(Role::name).sorted().toList());
        }
    }
}
