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

    /** The notices of a batch, each to each of its recipients, in one statement: inboxes and webhook queues. */
    @EventListener
    void deliver(NoticeBatch batch) {
        Instant now = clock.instant();
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        for (Notice n : batch.notices()) {
            String payload = WebhookService.payload(n, now);
            for (UUID recipient : new java.util.LinkedHashSet<>(n.recipients())) {
                rows.add(new Object[] {recipient.toString(), n.eventKey(), n.kind(), n.article(), n.titleEn(),
                        n.titleZh(), n.bodyEn(), n.bodyZh(), n.link(), payload});
            }
        }
        String[] names = {"orgs", "keys", "kinds", "articles", "titlesEn", "titlesZh", "bodiesEn", "bodiesZh", "links",
                "payloads"};
        var statement = jdbc.sql("""
                with n as (
                  select * from unnest(cast(:orgs as uuid[]), cast(:keys as varchar[]), cast(:kinds as varchar[]),
                    cast(:articles as varchar[]), cast(:titlesEn as varchar[]), cast(:titlesZh as varchar[]),
                    cast(:bodiesEn as text[]), cast(:bodiesZh as text[]), cast(:links as varchar[]),
                    cast(:payloads as text[]))
                    as t(org, key, kind, article, title_en, title_zh, body_en, body_zh, link, payload)),
                inbox as (
                  insert into notification (id, organization_id, event_key, kind, article, title_en, title_zh, body_en,
                                            body_zh, link, created_at)
                  select gen_random_uuid(), org, key, kind, article, left(title_en, 300), left(title_zh, 300), body_en,
                    body_zh, link, :now from n
                  on conflict (organization_id, event_key) do nothing)
                insert into webhook_delivery (id, endpoint_id, event_key, kind, payload, status, attempts,
                                              next_attempt_at, created_at)
                select gen_random_uuid(), e.id, n.key, n.kind, n.payload, 'PENDING', 0, :now, :now
                from n join webhook_endpoint e on e.active and e.organization_id = n.org
                on conflict (endpoint_id, event_key) do nothing""").param("now", Timestamp.from(now));
        for (int i = 0; i < names.length; i++) {
            final int column = i;
            statement = statement.param(names[i], rows.stream().map(r -> (String) r[column]).toArray(String[]::new));
        }
        statement.update();
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
