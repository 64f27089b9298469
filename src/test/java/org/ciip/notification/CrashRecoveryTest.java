package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice reaches the inbox in the transaction that publishes it, so no crash can separate a committed change from its
 * notices; notices that an earlier CIIP left pending in the event publication registry are delivered at start-up.
 */
@RunningCiip
class CrashRecoveryTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PendingRegistryNotices pending;

    private UUID bank() {
        return jdbc.queryForObject("select organization_id from account where username = 'bank-officer'", UUID.class);
    }

    private long inboxEntries(String key) {
        return jdbc.queryForObject("select count(*) from notification where event_key = ?", Long.class, key);
    }

    @Test
    void aNoticeCommitsWithItsTransactionOrNotAtAll() {
        String committed = "crash-test:" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new Notice(committed, List.of(bank()), "TEST", null, "Delivered with the change",
                    "随变更送达", null, null, null));
            // before the commit, inside the transaction, the entry is already written
            assertThat(inboxEntries(committed)).isOne();
        });
        assertThat(inboxEntries(committed)).isOne();

        String rolledBack = "crash-test:" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            events.publishEvent(new Notice(rolledBack, List.of(bank()), "TEST", null, "Never happened", "未发生",
                    null, null, null));
            s.setRollbackOnly();
        });
        assertThat(inboxEntries(rolledBack)).isZero();
    }

    @Test
    void aNoticeLeftPendingByTheFormerRegistryListenerIsDeliveredOnceAtStartUp() {
        String lost = "crash-test:" + UUID.randomUUID();
        // what an earlier CIIP, stopped between a commit and the delivery, left behind
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                values (gen_random_uuid(), ?, ?, ?, now(), 'FAILED')""",
                PendingRegistryNotices.FORMER_LISTENER, Notice.class.getName(),
                json.writeValueAsString(new Notice(lost, List.of(bank()), "TEST", "18", "Left pending", "遗留待送",
                        null, null, "/inbox")));
        assertThat(inboxEntries(lost)).isZero();

        assertThat(pending.deliver()).isOne();
        assertThat(inboxEntries(lost)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? "
                + "and completion_date is not null", Long.class, "%" + lost + "%")).isOne();

        // nothing is left pending: a second start-up delivers nothing more
        assertThat(pending.deliver()).isZero();
        assertThat(inboxEntries(lost)).isOne();
    }
}
