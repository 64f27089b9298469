package org.ciip.identity.mfa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.ciip.audit.AuditTrail;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.account.AccountService.AccountRecord;
import org.ciip.identity.signin.SignInHistory;
import org.ciip.identity.signin.SignInHistory.Factor;
import org.ciip.identity.signin.SignInHistory.Outcome;
import org.ciip.shared.Actors;
import org.ciip.shared.Hashing;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.shared.api.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: an authenticator app (TOTP) enrolled by the person, with ten recovery codes for a lost phone.
 * Regulators, the platform administrator and every account with an approving role must use it; anyone else may.
 * A code works once (RFC 6238, 5.2); a wrong code counts toward the account's lock like a wrong password.
 */
@Service
public class SecondFactorService implements org.ciip.identity.Authenticators {

    static final String ISSUER = "CIIP";
    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    private final SecondFactors factors;
    private final SignInHistory history;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final Clock clock;
    private final int window;
    private final org.ciip.identity.passkey.Passkeys passkeys;
    private final org.ciip.identity.account.AccountConfirmations confirmations;

    SecondFactorService(SecondFactors factors, AccountService accounts, AuditTrail audit, Clock clock,
            @Value("${ciip.security.totp.window-steps:1}") int window, SignInHistory history,
            org.ciip.identity.passkey.Passkeys passkeys, org.ciip.identity.account.AccountConfirmations confirmations) {
        this.confirmations = confirmations;
        this.history = history;
        this.passkeys = passkeys;
        this.factors = factors;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.window = window;
    }

    /** Whether the law's guardians must sign in with a second factor: regulators, the platform, approvers. */
    public static boolean requiredFor(OrganizationKind kind, Set<Role> roles) {
        return kind == OrganizationKind.PLATFORM_ADMIN || (kind != null && kind.isAuthority())
                || roles.stream().anyMatch(Role::canApprove);
    }

    /** Whether this account signs in with a second factor: required by its role, or enrolled by choice. */
    public static boolean appliesTo(AccountRecord account, OrganizationKind kind) {
        return account.totpEnrolled() || requiredFor(kind, account.roles());
    }

    /**
     * Starts (or restarts) enrolment: a new secret, kept pending until a code from the app confirms it. An account
     * that is enrolled already gets a 409.
     */
    @Transactional
    public Enrolment startEnrolment(UUID accountId) {
        AccountRecord account = accounts.byId(accountId);
        String secret = Totp.newSecret();
        if (!factors.setPendingSecret(accountId, secret)) {
            throw ApiException.conflict("An authenticator is enrolled already; an administrator can reset it.");
        }
        return new Enrolment(secret, Totp.uri(ISSUER, account.username(), secret));
    }

    /** The pending enrolment of an account, if it started one (the page shows the same QR code again). */
    public java.util.Optional<Enrolment> pendingEnrolment(UUID accountId) {
        AccountRecord account = accounts.byId(accountId);
        if (account.totpEnrolled() || account.totpSecret() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Enrolment(account.totpSecret(),
                Totp.uri(ISSUER, account.username(), account.totpSecret())));
    }

    /**
     * Completes enrolment with a code from the app; answers the recovery codes, shown once. A wrong code is a 400
     * naming {@code code} and counts toward the lock.
     */
    @Transactional(noRollbackFor = ApiException.class)
    public List<String> confirmEnrolment(UUID accountId, String code) {
        AccountRecord account = accounts.byId(accountId);
        if (account.totpEnrolled() || account.totpSecret() == null) {
            throw ApiException.conflict("There is no enrolment to confirm; start again.");
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(account.totpSecret(), normalize(code), now, window);
        if (step.isEmpty() || !factors.useStep(accountId, step.getAsLong(), now)) {
            Actors.asSystem(() -> accounts.recordFailure(account.username()));
            history.record(account.username(), Factor.TOTP, Outcome.WRONG_CODE);
            throw ApiException.invalid(List.of(new org.ciip.shared.api.FieldProblem("code",
                    "is not the current code of the authenticator", null, "validation.totpCode", List.of())));
        }
        if (!factors.confirm(accountId, account.totpSecret(), now)) {
            throw ApiException.conflict("The enrolment changed meanwhile; start again.");
        }
        accounts.recordSuccess(account.username());
        List<String> codes = newRecoveryCodes(accountId);
        audit.record("MFA_ENROLLED", "Account", accountId, Map.of("username", account.username(), "factor", "TOTP"));
        return codes;
    }

    /**
     * Checks a second factor at sign-in: the authenticator's current code (each step once), or an unused recovery
     * code. A miss counts toward the lock; a recovery code spent is audited.
     */
    @Transactional
    public boolean verify(String username, String code) {
        AccountRecord account = accounts.findByUsername(username).orElse(null);
        Instant now = clock.instant();
        if (account == null || !account.totpEnrolled() || !account.enabled()
                || (account.lockedUntil() != null && account.lockedUntil().isAfter(now))) {
            return false;
        }
        String given = normalize(code);
        OptionalLong step = Totp.matchingStep(account.totpSecret(), given, now, window);
        if (step.isPresent() && factors.useStep(account.id(), step.getAsLong(), now)) {
            factors.pruneSteps(account.id(), Totp.step(now) - window);
            accounts.recordSuccess(username);
            history.record(username, Factor.TOTP, Outcome.SUCCEEDED);
            return true;
        }
        if (step.isEmpty() && given != null && given.length() == 10
                && factors.useRecoveryCode(account.id(), Hashing.sha256Hex(given), now)) {
            audit.record("MFA_RECOVERY_CODE_USED", "Account", account.id(), Map.of("username", username,
                    "recoveryCodesLeft", factors.unusedRecoveryCodes(account.id())));
            accounts.recordSuccess(username);
            history.record(username, Factor.RECOVERY_CODE, Outcome.SUCCEEDED);
            return true;
        }
        Actors.asSystem(() -> accounts.recordFailure(username));
        history.record(username, Factor.TOTP, Outcome.WRONG_CODE);
        return false;
    }

    /** A sign-in that needed the code came without one: it counts toward the lock like a wrong one. */
    @Transactional
    public void missing(String username) {
        Actors.asSystem(() -> accounts.recordFailure(username));
        history.record(username, Factor.TOTP, Outcome.MISSING_CODE);
    }

    /** Whether the account is locked now (too many wrong passwords or codes). */
    public boolean locked(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username).map(a -> a.lockedUntil() != null && a.lockedUntil().isAfter(now))
                .orElse(false);
    }

    /** The QR code of an enrolment's otpauth URI, as a PNG data URI. */
    public static String qrCode(Enrolment enrolment) {
        return QrCodes.pngDataUri(enrolment.uri(), 240);
    }

    /** The number of recovery codes the account has left. */
    public int recoveryCodesLeft(UUID accountId) {
        return factors.unusedRecoveryCodes(accountId);
    }

    /** New recovery codes for an enrolled account (the old ones stop working); shown once. */
    @Transactional
    public List<String> renewRecoveryCodes(UUID accountId) {
        AccountRecord account = accounts.byId(accountId);
        if (!account.totpEnrolled()) {
            throw ApiException.conflict("Enrol an authenticator first.");
        }
        List<String> codes = newRecoveryCodes(accountId);
        audit.record("MFA_RECOVERY_CODES_RENEWED", "Account", accountId, Map.of("username", account.username()));
        return codes;
    }

    /**
     * The administrator removes a lost authenticator and the account's passkeys (each removal audited): the person
     * enrols a new factor at the next sign-in.
     */
    @Transactional
    public void reset(UUID accountId) {
        Actors.requirePlatformAdministrator("Only the platform administrator resets a second factor.");
        AccountRecord account = accounts.get(accountId);
        boolean authenticator = factors.remove(accountId);
        int passkeysRemoved = passkeys.removeAll(account.username());
        if (!authenticator && passkeysRemoved == 0) {
            throw ApiException.conflict("The account has no authenticator or passkey to reset.");
        }
        if (authenticator) {
            audit.record("MFA_RESET", "Account", accountId, Map.of("username", account.username()));
        }
        confirmations.proposeAgainAfterReset(accountId, "SECOND_FACTOR");
    }

    @Override
    public String newSecret() {
        return Totp.newSecret();
    }

    /** Enrols the demo accounts with the demo world's shared secret (demo mode only). */
    @Override
    @Transactional
    public void enrolWithSecret(List<String> usernames, String secret) {
        if (!Totp.isSecret(secret)) {
            throw new IllegalArgumentException("The demo TOTP secret must be base32 of at least 80 bits");
        }
        Instant now = clock.instant();
        usernames.forEach(u -> factors.enrolWith(u, secret.toUpperCase(Locale.ROOT), now));
    }

    private List<String> newRecoveryCodes(UUID accountId) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET[RANDOM.nextInt(RECOVERY_ALPHABET.length)]);
            }
            codes.add(code.toString());
        }
        factors.replaceRecoveryCodes(accountId, codes.stream().map(Hashing::sha256Hex).toList());
        return codes;
    }

    /** Spaces and dashes people type into codes are ignored; recovery codes are compared in lower case. */
    private static String normalize(String code) {
        return code == null ? null : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** A started enrolment: the secret (for typing into the app) and its otpauth URI (for the QR code). */
    public record Enrolment(String secret, String uri) {
    }
}
