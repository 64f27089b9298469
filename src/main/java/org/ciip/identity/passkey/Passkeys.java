package org.ciip.identity.passkey;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ciip.audit.AuditTrail;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.account.AccountService.AccountRecord;
import org.ciip.shared.api.ApiException;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The passkeys (WebAuthn credentials) of the accounts, kept by Spring Security's JDBC repository: a passkey registered
 * or removed is audited in the same transaction; a use at sign-in only moves its counter and last use. A passkey is a
 * second factor on its own terms: the authenticator verified the person (a PIN or a fingerprint) and holds the key.
 */
@Component
public class Passkeys implements UserCredentialRepository {

    /** The longest name a person gives a passkey ("work laptop", "security key in the safe"). */
    static final int LABEL_LENGTH = 100;

    private final JdbcUserCredentialRepository stored;
    private final PublicKeyCredentialUserEntityRepository users;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final TransactionOperations transactions;
    private final JdbcOperations jdbc;

    Passkeys(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users, AccountService accounts,
            AuditTrail audit, TransactionOperations transactions) {
        this.stored = new JdbcUserCredentialRepository(jdbc);
        this.jdbc = jdbc;
        this.users = users;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void save(CredentialRecord record) {
        transactions.executeWithoutResult(status -> {
            boolean registered = stored.findByCredentialId(record.getCredentialId()) == null;
            if (registered) {
                String label = record.getLabel() == null ? "" : record.getLabel().strip();
                if (label.isEmpty() || label.length() > LABEL_LENGTH) {
                    throw new IllegalArgumentException("Give the passkey a name of 1 to " + LABEL_LENGTH
                            + " characters.");
                }
            }
            stored.save(record);
            if (registered) {
                AccountRecord account = owner(record);
                audit.record("PASSKEY_REGISTERED", "Account", account.id(), Map.of("username", account.username(),
                        "passkey", record.getLabel().strip()));
            }
        });
    }

    @Override
    public void delete(Bytes credentialId) {
        transactions.executeWithoutResult(status -> {
            CredentialRecord record = stored.findByCredentialId(credentialId);
            if (record != null) {
                stored.delete(credentialId);
                AccountRecord account = owner(record);
                audit.record("PASSKEY_REMOVED", "Account", account.id(), Map.of("username", account.username(),
                        "passkey", record.getLabel()));
            }
        });
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }

    /** The passkeys of an account, newest first. */
    public List<Passkey> of(String username) {
        PublicKeyCredentialUserEntity user = users.findByUsername(username);
        if (user == null) {
            return List.of();
        }
        return stored.findByUserId(user.getId()).stream()
                .map(r -> new Passkey(r.getCredentialId().toBase64UrlString(), r.getLabel(), r.getCreated(),
                        r.getLastUsed(), r.isBackupEligible()))
                .sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** Whether the account has a passkey to sign in with. */
    public boolean any(String username) {
        PublicKeyCredentialUserEntity user = users.findByUsername(username);
        return user != null && !stored.findByUserId(user.getId()).isEmpty();
    }

    /** Which of these accounts have a passkey (one query for a page of accounts). */
    public java.util.Set<String> withPasskeys(java.util.Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.queryForList("select e.name from user_entities e where e.name = any (?) "
                + "and exists (select 1 from user_credentials c where c.user_entity_user_id = e.id)", String.class,
                (Object) usernames.toArray(String[]::new)));
    }

    /** The person removes one of their own passkeys; another account's (or none) answers 404. */
    public void remove(String username, String credentialId) {
        Bytes id;
        try {
            id = Bytes.fromBase64(credentialId);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("passkey");
        }
        CredentialRecord record = stored.findByCredentialId(id);
        PublicKeyCredentialUserEntity user = users.findByUsername(username);
        if (record == null || user == null || !record.getUserEntityUserId().equals(user.getId())) {
            throw ApiException.notFound("passkey");
        }
        delete(id);
    }

    /** Removes every passkey of an account (the administrator's reset of a lost second factor); how many. */
    public int removeAll(String username) {
        List<Passkey> passkeys = of(username);
        passkeys.forEach(p -> delete(Bytes.fromBase64(p.id())));
        return passkeys.size();
    }

    private AccountRecord owner(CredentialRecord record) {
        PublicKeyCredentialUserEntity user = users.findById(record.getUserEntityUserId());
        return accounts.findByUsername(user.getName()).orElseThrow();
    }

    /** A passkey as its owner sees it: the name given, when it was added and last used, whether it is synced. */
    public record Passkey(String id, String label, Instant created, Instant lastUsed, boolean synced) {
    }
}
