package org.ciip.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice committed with its transaction but not delivered (the process died in between) is delivered when the
 * registry resubmits it, as it does at start-up, and a second delivery adds nothing to the inbox.
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
    IncompleteEventPublications incomplete;

    private UUID bank() {
        return jdbc.queryForObject("select organization_id from account where username = 'bank-officer'", UUID.class);
    }

    private long inboxEntries(String key) {
        return jdbc.queryForObject("select count(*) from notification where event_key = ?", Long.class, key);
    }

    @Test
    void aCommittedButUndeliveredNoticeIsDeliveredOnResubmissionAndOnlyOnce() {
        String delivered = "crash-test:" + UUID.randomUUID();
        transaction.executeWithoutResult(s -> events.publishEvent(new Notice(delivered, List.of(bank()), "TEST",
                null, "Delivered normally", "正常送达", null, null, null)));
        assertThat(inboxEntries(delivered)).isOne();

        // What a crash after the commit leaves behind: the publication stored and never completed (the registry's
        // staleness check marks such a publication failed), the inbox untouched.
        String lost = "crash-test:" + UUID.randomUUID();
        int copied = jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status)
                select gen_random_uuid(), listener_id, event_type, replace(serialized_event, ?, ?), now(), 'FAILED'
                from event_publication
                where serialized_event like ? and listener_id like '%NoticeDelivery%'""",
                delivered, lost, "%" + delivered + "%");
        assertThat(copied).isOne();
        assertThat(inboxEntries(lost)).isZero();

        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(inboxEntries(lost)).isOne();

        // Delivered again (e.g. the completion was lost too): the inbox still shows it once.
        jdbc.update("update event_publication set completion_date = null, status = 'FAILED' "
                + "where serialized_event like ? and listener_id like '%NoticeDelivery%'", "%" + lost + "%");
        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(inboxEntries(lost)).isOne();
    }
}
