package org.ciip.demo;

import org.ciip.shared.Actors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the benchmark of the audit tree (docs/benchmarks.md): started with {@code --ciip.dataset.audit-entries=N}, writes
 * N audit entries as changes write them (unsealed, each with its authentication code), ten thousand per transaction,
 * for the sealer to chain and add to the Merkle tree as it does in production; nothing is written when the trail holds
 * them already.
 */
@Component
@Order(110)
class AuditTrailDataset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailDataset.class);
    private static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final long entries;
    private final org.ciip.audit.AuditTrail audit;

    AuditTrailDataset(JdbcTemplate jdbc, TransactionTemplate transaction, org.ciip.audit.AuditTrail audit,
            @Value("${ciip.dataset.audit-entries:0}") long entries) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.entries = entries;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (entries <= 0) {
            return;
        }
        Long present = jdbc.queryForObject("select count(*) from audit_entry where action = 'BENCHMARK_ENTRY'",
                Long.class);
        long started = System.nanoTime();
        for (long from = present == null ? 0 : present; from < entries; from += CHUNK) {
            long first = from + 1;
            long last = Math.min(entries, from + CHUNK);
            // through the trail's own path, so that each entry carries CIIP's authentication code
            Actors.asSystem(() -> transaction.executeWithoutResult(status -> {
                for (long n = first; n <= last; n++) {
                    audit.record("BENCHMARK_ENTRY", "Benchmark", n, java.util.Map.of("n", n));
                }
            }));
        }
        log.info("Audit trail dataset: {} entries written in {} s", entries,
                (System.nanoTime() - started) / 1_000_000_000);
    }
}
