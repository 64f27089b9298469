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
import org.ciip.identity.AccountProposed;
import org.ciip.identity.Accounts;
import org.ciip.identity.security.CiipUserDetailsService;
import org.ciip.identity.security.RunAs;
import org.ciip.registry.OrganizationSummary;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.ciip.shared.api.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created by the platform administrator; sign-in failures lock an account for a growing time. */
@Service
public class AccountService implements Accounts {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final StoredAccounts accounts;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;
    private final List<AccountListener> listeners;
    private final PasswordEncoder passwords;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final ObjectProvider<CiipUserDetailsService> userDetails;
    private final AccountConfirmations confirmations;

    AccountService(StoredAccounts accounts, AccountConfirmations confirmations, PasswordEncoder passwords, Organizations organizations, AuditTrail audit,
            Clock clock, @Value("${ciip.security.max-failed-sign-ins:5}") int maxFailures,
            ObjectProvider<CiipUserDetailsService> userDetails,
            @Value("${ciip.security.common-passwords:classpath:security/common-passwords.txt}") Resource commonPasswords,
            List<AccountListener> listeners, ApplicationEventPublisher events)
            throws IOException {
        this.events = events;
        this.confirmations = confirmations;
        this.userDetails = userDetails;
        try (InputStream in = commonPasswords.getInputStream()) {
            this.policy = PasswordPolicy.withListFrom(in);
        }
        this.listeners = listeners;
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

    /** An account by its id, for the identity module's own use (the signed-in person's own account). */
    public AccountRecord byId(UUID id) {
        return accounts.findById(id).orElseThrow(() -> ApiException.notFound("Account " + id));
    }

    /** An account, for the platform administrator; 404 when there is none. */
    public AccountRecord get(UUID id) {
        requireAdministrator();
        return accounts.findById(id).orElseThrow(() -> ApiException.notFound("Account " + id));
    }

    @Override
    public boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    @Override
    public long count() {
        return accounts.count();
    }

    /** A page of accounts; {@code withoutSecondFactor}: only those that have no authenticator enrolled. */
    public PageResult<AccountRecord> list(String q, UUID organizationId, boolean withoutSecondFactor, PageQuery page) {
        requireAdministrator();
        return accounts.page(q == null || q.isBlank() ? null : q.trim().toLowerCase(), organizationId,
                withoutSecondFactor, page);
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
        checkPassword(v, "password", account.password(), account.username(), account.organizationId());
        v.throwIfInvalid();
        // DESIGN.md §3: the administrator proposes; the organization's principal or security officer confirms, or the
        // authority above an organization that has none yet. The platform's own organization holds no case content.
        OrganizationSummary organization = organizations.find(account.organizationId()).orElseThrow();
        boolean platform = organization.kind() == OrganizationKind.PLATFORM_ADMIN;
        Optional<UUID> confirming = platform ? Optional.empty()
                : confirmations.confirmingOrganization(organization, null);
        UUID id = insert(account, false, confirming.isPresent() ? AccountConfirmation.PROPOSED
                : AccountConfirmation.CONFIRMED, confirming.orElse(null));
        if (!platform) {
            events.publishEvent(new AccountProposed(id, account.username(),
                    account.displayName().trim(), account.organizationId(),
                    account.roles().stream().map(Role::name).sorted().toList(), confirming.orElse(null), null,
                    clock.instant()));
        }
        return id;
    }

    /** A principal or security officer of the organization, or of the authority above it, decides. */
    @Override
    public void decide(UUID accountId, boolean confirm, String reason) {
        confirmations.decide(accountId, confirm, reason);
    }

    @Override
    @Transactional
    public UUID createDemoAccount(NewAccount account) {
        return insert(account, true, AccountConfirmation.CONFIRMED, null);
    }

    private void checkPassword(Validation v, String field, String password, String username, UUID organizationId) {
        String[] names = organizationId == null ? new String[0] : organizations.find(organizationId)
                .map(o -> new String[] {o.name(), o.nameEn()}).orElse(new String[0]);
        policy.check(v, field, password, username, names);
    }

    private UUID insert(NewAccount account, boolean demo, AccountConfirmation confirmation,
            UUID confirmingOrganization) {
        UUID id = UUID.randomUUID();
        accounts.insert(id, account.organizationId(), account.username(), account.displayName().trim(),
                passwords.encode(account.password()),
                account.roles().stream().map(Role::name).sorted().toArray(String[]::new),
                account.email() == null || account.email().isBlank() ? null : account.email().trim(), demo,
                confirmation, confirmingOrganization, Actors.current().username(), clock.instant());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("username", account.username());
        summary.put("organizationId", account.organizationId().toString());
        summary.put("roles", account.roles().stream().map(Role::name).sorted().toList());
        summary.put("confirmation", confirmation.name());
        if (confirmingOrganization != null && !confirmingOrganization.equals(account.organizationId())) {
            summary.put("confirmingOrganization", confirmingOrganization.toString());
        }
        audit.record(confirmation == AccountConfirmation.PROPOSED ? "ACCOUNT_PROPOSED" : "ACCOUNT_CREATED", "Account",
                id, summary);
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
    public <T> T runAs(String username, Supplier<T> work) {
        return RunAs.user(userDetails.getObject().loadUserByUsername(username), work);
    }

    @Override
    @Transactional
    public void resetDemoPassword(String username, String rawPassword) {
        AccountRecord account = findByUsername(username).orElseThrow();
        accounts.setPassword(account.id(), passwords.encode(rawPassword), false, clock.instant());
        audit.record("DEMO_PASSWORD_SET", "Account", account.id(), Map.of("username", username));
    }

    /** The person changes their own password: the current one first, then a new one that the policy accepts. */
    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        AccountRecord account = accounts.findById(accountId).orElseThrow();
        Validation v = new Validation();
        if (Validation.isBlank(currentPassword) || !passwords.matches(currentPassword, account.passwordHash())) {
            v.add("currentPassword", "validation.currentPassword", "is not your current password");
        }
        checkPassword(v, "newPassword", newPassword, account.username(), account.organizationId());
        if (!v.hasProblem("newPassword") && newPassword.equals(currentPassword)) {
            v.add("newPassword", "validation.passwordUnchanged", "must differ from the current password");
        }
        v.throwIfInvalid();
        accounts.setPassword(account.id(), passwords.encode(newPassword), false, clock.instant());
        audit.record("PASSWORD_CHANGED", "Account", account.id(), Map.of("username", account.username()));
    }

    /**
     * The administrator sets a temporary password: the person must choose their own at the next sign-in, every API
     * token of the account stops working, and the account waits again for its organization's confirmation
     * ({@link AccountConfirmations#proposeAgainAfterReset}).
     */
    @Transactional
    public void resetPassword(UUID accountId, String temporaryPassword) {
        requireAdministrator();
        AccountRecord account = accounts.findById(accountId)
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        Validation v = new Validation();
        checkPassword(v, "password", temporaryPassword, account.username(), account.organizationId());
        v.throwIfInvalid();
        accounts.setPassword(account.id(), passwords.encode(temporaryPassword), true, clock.instant());
        listeners.forEach(l -> l.credentialsWithdrawn(account.id()));
        audit.record("ACCOUNT_PASSWORD_RESET", "Account", account.id(), Map.of("username", account.username()));
        confirmations.proposeAgainAfterReset(account.id(), "PASSWORD");
    }

    /** The administrator disables an account (it can no longer sign in, and its tokens stop working) or enables it. */
    @Transactional
    public void setEnabled(UUID accountId, boolean enabled) {
        requireAdministrator();
        AccountRecord account = accounts.findById(accountId)
                .orElseThrow(() -> ApiException.notFound("Account " + accountId));
        if (account.username().equals(Actors.current().username())) {
            throw ApiException.conflict("You cannot disable your own account.");
        }
        if (!accounts.setEnabled(accountId, enabled)) {
            throw ApiException.conflict(enabled ? "The account is already enabled."
                    : "The account is already disabled.");
        }
        audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "Account", accountId,
                Map.of("username", account.username()));
    }

    @Override
    @Transactional
    public int disableDemoAccounts() {
        List<AccountRecord> disabled = accounts.disableDemoAccounts();
        disabled.forEach(a -> audit.record("DEMO_ACCOUNT_DISABLED", "Account", a.id(),
                Map.of("username", a.username(), "reason", "demo mode is off")));
        return disabled.size();
    }

    @Override
    @Transactional
    public void enableDemoAccounts() {
        accounts.enableDemoAccounts();
    }

    /** Whether the person must choose a new password before doing anything else. */
    public boolean mustChangePassword(UUID accountId) {
        return accounts.mustChangePassword(accountId);
    }

    /** Stores a stronger hash of a password that just signed in (Argon2 replacing an older bcrypt hash). */
    public void upgradeHash(String username, String passwordHash) {
        accounts.upgradeHash(username, passwordHash);
    }

    /** What else holds credentials of an account (API tokens), told when an administrator withdraws them. */
    public interface AccountListener {
        void credentialsWithdrawn(UUID accountId);
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
            String passwordHash, Set<Role> roles, boolean enabled, int failedSignIns, Instant lockedUntil,
            boolean demo, boolean mustChangePassword, String totpSecret, Instant totpEnrolledAt,
            AccountConfirmation confirmation, String proposedBy, String rejectionReason,
            UUID confirmingOrganizationId, boolean resetProposal) {

        public boolean totpEnrolled() {
            return totpEnrolledAt != null;
        }

        /** Whether the account may sign in: enabled, and confirmed by its organization. */
        public boolean active() {
            return enabled && confirmation == AccountConfirmation.CONFIRMED;
        }

        public List<String> roleNames() {
            return new ArrayList<>(roles.stream().map(Role::name).sorted().toList());
        }
    }
}
