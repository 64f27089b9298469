package org.ciip.notification.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.notification.Inbox;
import org.ciip.shared.Actor;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's inbox of notices. Notices arrive through {@code NoticeDelivery}; the unique (organization, event
 * key) makes a retried delivery a no-op.
 */
@Service
public class InboxService implements Inbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboxService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
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
            select gen_random_uuid(), r.id, :key, :kind, :article, :titleEn, :titleZh, :bodyEn, :bodyZh, :link, :now
            from (select distinct unnest(cast(:recipients as uuid[])) as id) r
            on conflict (organization_id, event_key) do nothing""";

    @Override
    public long unreadCount(UUID organizationId) {
        if (organizationId == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification where organization_id = :org and read_at is null")
                .param("org", organizationId).query(Long.class).single();
    }

    public PageResult<Item> list(Actor actor, boolean unreadOnly, PageQuery page) {
        String where = "organization_id = :org" + (unreadOnly ? " and read_at is null" : "");
        long total = jdbc.sql("select count(*) from notification where " + where)
                .param("org", actor.organizationId()).query(Long.class).single();
        List<Item> items = jdbc.sql("select * from notification where " + where
                        + " order by created_at desc, id limit :limit offset :offset")
                .param("org", actor.organizationId()).param("limit", page.size()).param("offset", page.offset())
                .query(InboxService::map).list();
        return PageResult.of(items, page, total);
    }

    /** Marks a notice of the actor's organization read; another organization's notice answers 404. */
    @Transactional
    public Item open(Actor actor, UUID id) {
        int found = jdbc.sql("update notification set read_at = coalesce(read_at, :now), "
                        + "read_by = coalesce(read_by, :by) where id = :id and organization_id = :org")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("id", id)
                .param("org", actor.organizationId()).update();
        if (found == 0) {
            throw ApiException.notFound("Notice " + id);
        }
        return jdbc.sql("select * from notification where id = :id").param("id", id).query(InboxService::map)
                .single();
    }

    private static Item map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new Item(UUID.fromString(rs.getString("id")), rs.getString("kind"), rs.getString("article"),
                rs.getString("title_en"), rs.getString("title_zh"), rs.getString("body_en"), rs.getString("body_zh"),
                rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }

    /** One notice in an inbox. */
    public record Item(UUID id, String kind, String article, String titleEn, String titleZh, String bodyEn,
            String bodyZh, String link, Instant createdAt, Instant readAt) {
    }
}
