package org.ciip.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.ciip.shared.HashAlgorithm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every entry CIIP writes carries an authentication code: the HMAC (SHA-256 or SM3, as the suite) of its content (what
 * it says, {@link AuditChain#content}) under a key kept outside the database, in
 * {@code <ciip.audit.entry-key-dir>/audit-entry-key-<database>.json} (the data directory's {@code keys} by default).
 * A row inserted by someone with the database's password but not the key, even one sealed into the chain and signed
 * into a tree head afterwards, fails its code, and verification names it. The key is made at the first entry written
 * after this came in; entries written before it (ids below its {@code since}) carry no code and are not judged.
 */
@Component
public class EntryAuthentication {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Path directory;
    private final TransactionTemplate own;
    private final HashAlgorithm algorithm;
    private volatile EntryKey key;

    EntryAuthentication(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${ciip.audit.entry-key-dir:${ciip.data-dir}/keys}") String directory,
            @Value("${ciip.crypto.suite:INTERNATIONAL}") String suite) {
        this.jdbc = jdbc;
        this.directory = Path.of(directory);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.algorithm = HashAlgorithm.ofSuite(suite);
    }

    /** The code of an entry's content, as stored with it: the algorithm's label, a colon and the hex HMAC. */
    public String code(AuditEntry entry) {
        return code(algorithm, key().secret(), entry);
    }

    /**
     * Whether the entry stored under {@code id} is CIIP's: its code matches its content, or it was written before
     * entries carried codes.
     */
    public boolean authentic(long id, AuditEntry entry, String code) {
        EntryKey current = key();
        if (id < current.since()) {
            return true;
        }
        if (code == null || code.indexOf(':') < 0) {
            return false;
        }
        HashAlgorithm used;
        try {
            used = HashAlgorithm.ofLabel(code.substring(0, code.indexOf(':')));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(code(used, current.secret(), entry).getBytes(StandardCharsets.US_ASCII),
                code.getBytes(StandardCharsets.US_ASCII));
    }

    /** Where the key is kept (for the documentation of a deployment and for the tests). */
    public Path keyFile() {
        return key().file();
    }

    private static String code(HashAlgorithm algorithm, byte[] secret, AuditEntry entry) {
        return algorithm.label() + ":" + HexFormat.of().formatHex(algorithm.hmac(secret,
                AuditChain.content(entry).getBytes(StandardCharsets.UTF_8)));
    }

    private EntryKey key() {
        EntryKey current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                key = own.execute(status -> load());
            }
            return key;
        }
    }

    /** Reads the database's key, or makes it: 256 random bits, judged from the next entry's id on. */
    private EntryKey load() {
        String identity = jdbc.sql("select (select system_identifier from pg_control_system())::text || '-' "
                + "|| current_database()").query(String.class).single().replaceAll("[^A-Za-z0-9_.-]", "_");
        Path file = directory.resolve("audit-entry-key-" + identity + ".json");
        try {
            if (Files.exists(file)) {
                Map<?, ?> stored = JSON.readValue(Files.readString(file), Map.class);
                return new EntryKey(Base64.getDecoder().decode((String) stored.get("key")),
                        ((Number) stored.get("since")).longValue(), file);
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            long since = jdbc.sql("select coalesce(max(id), 0) + 1 from audit_entry").query(Long.class).single();
            Files.createDirectories(directory);
            Path written = Files.createTempFile(directory, "audit-entry-key", ".tmp");
            Files.writeString(written, JSON.writeValueAsString(Map.of("key",
                    Base64.getEncoder().encodeToString(secret), "since", since)));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            return new EntryKey(secret, since, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the audit entry key could not be kept in " + file, e);
        }
    }

    private record EntryKey(byte[] secret, long since, Path file) {
    }
}
