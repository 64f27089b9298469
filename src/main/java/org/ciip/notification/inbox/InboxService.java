package org.ciip.notification.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.ciip.notification.Inbox;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's inbox of notices. Notices arrive through {@code NoticeDelivery}; the unique (organization, event
 * key) makes a retried delivery a no-op.
 */
@Service
public class InboxService implements Inbox {

    private final Notifications notifications;
    private final Clock clock;

    InboxService(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * How a notice enters its recipients' inboxes, once each: a notice already there (same organization and event key)
     * is left as it is. A part of {@code NoticeDelivery}'s statement, in the publishing transaction; parameters
     * {@code :recipients} (uuid[]), {@code :key}, {@code :kind}, {@code :article}, {@code :titleEn}, {@code :titleZh},
     * {@code :bodyEn}, {@code :bodyZh}, {@code :link}, {@code :now}.
     */
    public static final String DELIVERY = """
            insert into notification (id, organization_id, event_key, kind, article, title_en, title_zh, body_en,
                                      body_zh, link, created_at)
            select gen_random_uuid(), r.id, :key, :kind, :article, left(:titleEn, 300), left(:titleZh, 300), :bodyEn,
                   :bodyZh, :link, :now
            from (select distinct unnest(cast(:recipients as uuid[])) as id) r
            on conflict (organization_id, event_key) do nothing""";

    @Override
    public long unreadCount(UUID organizationId) {
        return organizationId == null ? 0 : notifications.unread(organizationId);
    }

    public PageResult<Item> list(Actor actor, boolean unreadOnly, PageQuery page) {
        return notifications.page(actor.organizationId(), unreadOnly, page);
    }

    /** Marks a notice of the actor's organization read; another organization's notice answers 404. */
    @Transactional
    public Item open(Actor actor, UUID id) {
        return notifications.open(id, actor.organizationId(), actor.username(), clock.instant())
                .orElseThrow(() -> ApiException.notFound("Notice " + id));
    }

    /** One notice in an inbox. */
    public record Item(UUID id, String kind, String article, String titleEn, String titleZh, String bodyEn,
            String bodyZh, String link, Instant createdAt, Instant readAt) {
    }
}
