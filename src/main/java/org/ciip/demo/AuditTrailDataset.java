package org.ciip.demo;

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
 * N audit entries as changes write them (unsealed), a million per transaction, for the sealer to chain and add to the
 * Merkle tree as it does in production. Set-based SQL; nothing is written when the trail holds them already.
 */
@Component
@Order(110)
class AuditTrailDataset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditTrailDataset.class);
    private static final int CHUNK = 1_000_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final long entries;

    AuditTrailDataset(JdbcTemplate jdbc, TransactionTemplate transaction,
            @Value("${ciip.dataset.audit-entries:0}") long entries) {
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
            transaction.executeWithoutResult(status -> jdbc.update("""
                    insert into audit_entry (occurred_at, actor, actor_organization_id, action, object_type,
                                             object_id, summary, purpose)
                    select now() - make_interval(secs => ? - n), 'benchmark', null, 'BENCHMARK_ENTRY',
                           'Benchmark', n::text, '{"n":' || n || '}', null
                    from generate_series(?::bigint, ?::bigint) as n""", last, first, last));
        }
        log.info("Audit trail dataset: {} entries written in {} s", entries,
                (System.nanoTime() - started) / 1_000_000_000);
    }
}
