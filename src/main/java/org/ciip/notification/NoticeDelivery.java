package org.ciip.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ciip.notification.inbox.InboxService;
import org.ciip.notification.webhook.WebhookService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivers each notice to its recipients' inboxes and queues it for their webhooks, in the transaction that publishes
 * it: a change and its notices commit together or not at all, so no notice of a committed change can be lost, and no
 * second transaction is needed. Both writes are one statement ({@link InboxService#DELIVERY} and
 * {@link WebhookService#QUEUEING}), and both are idempotent (unique per organization or endpoint and event key). The
 * webhook queue is sent after the commit by {@link WebhookService#dispatch()}; e-mail, which talks to another server,
 * goes through the event publication registry ({@code MailDelivery}).
 */
@Component
class NoticeDelivery {

    private final JdbcClient jdbc;
    private final Clock clock;

    NoticeDelivery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void deliver(Notice notice) {
        Instant now = clock.instant();
        jdbc.sql("with inbox as (" + InboxService.DELIVERY + ")\n" + WebhookService.QUEUEING)
                .param("recipients", notice.recipients().toArray(UUID[]::new)).param("key", notice.eventKey())
                .param("kind", notice.kind()).param("article", notice.article())
                .param("titleEn", notice.titleEn()).param("titleZh", notice.titleZh())
                .param("bodyEn", notice.bodyEn()).param("bodyZh", notice.bodyZh()).param("link", notice.link())
                .param("payload", WebhookService.payload(notice, now)).param("now", Timestamp.from(now))
                .update();
    }
}
