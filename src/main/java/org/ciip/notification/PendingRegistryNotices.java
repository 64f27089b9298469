package org.ciip.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Before notices reached inboxes in the publishing transaction, a listener of the event publication registry delivered
 * them after the commit. A CIIP stopped between such a commit and the delivery left the publication pending; with
 * that listener gone, the registry would keep it pending forever. At start-up each such notice is delivered as today,
 * and its publication completed, in one transaction per notice (delivery is idempotent).
 */
@Component
class PendingRegistryNotices {

    static final String FORMER_LISTENER = "org.ciip.notification.NoticeDelivery.deliver(org.ciip.notification.Notice)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final NoticeDelivery delivery;
    private final JsonMapper json;
    private final Clock clock;

    PendingRegistryNotices(JdbcClient jdbc, TransactionTemplate transaction, NoticeDelivery delivery, JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.delivery = delivery;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        deliver();
    }

    /** Delivers the pending notices of the former listener; answers how many. */
    int deliver() {
        record Pending(UUID id, String event) {
        }
        List<Pending> pending = jdbc.sql("select id, serialized_event from event_publication "
                        + "where listener_id = :listener and completion_date is null order by publication_date")
                .param("listener", FORMER_LISTENER)
                .query((rs, n) -> new Pending(UUID.fromString(rs.getString(1)), rs.getString(2))).list();
        for (Pending p : pending) {
            transaction.executeWithoutResult(status -> {
                delivery.deliver(json.readValue(p.event(), Notice.class));
                jdbc.sql("update event_publication set status = 'COMPLETED', completion_date = :now where id = :id")
                        .param("now", Timestamp.from(clock.instant())).param("id", p.id()).update();
            });
        }
        return pending.size();
    }
}
