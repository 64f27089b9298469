package org.ciip.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Where;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over {@code notification}, each organization's inbox, but the delivery's own insert. */
@Repository
class Notifications {

    private final JdbcClient jdbc;

    Notifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long unread(UUID organizationId) {
        return jdbc.sql("select count(*) from notification where organization_id = :org and read_at is null")
                .param("org", organizationId).query(Long.class).single();
    }

    PageResult<InboxService.Item> page(UUID organizationId, boolean unreadOnly, PageQuery page) {
        Where where = Where.within(new org.ciip.shared.SqlPredicate("organization_id = :org",
                java.util.Map.of("org", organizationId))).when(unreadOnly, "read_at is null");
        long total = jdbc.sql("select count(*) from notification where " + where.sql()).params(where.params())
                .query(Long.class).single();
        List<InboxService.Item> items = jdbc.sql("select * from notification where " + where.sql()
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(where.params()).param("limit", page.size()).param("offset", page.offset())
                .query(Notifications::map).list();
        return PageResult.of(items, page, total);
    }

    /** Marks a notice of the organization read (the first reading stands); empty when it is not the organization's. */
    Optional<InboxService.Item> open(UUID id, UUID organizationId, String by, Instant now) {
        int found = jdbc.sql("update notification set read_at = coalesce(read_at, :now), "
                        + "read_by = coalesce(read_by, :by) where id = :id and organization_id = :org")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).param("org", organizationId)
                .update();
        if (found == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select * from notification where id = :id").param("id", id)
                .query(Notifications::map).single());
    }

    private static InboxService.Item map(ResultSet rs, int row) throws SQLException {
        Timestamp read = rs.getTimestamp("read_at");
        return new InboxService.Item(UUID.fromString(rs.getString("id")), rs.getString("kind"),
                rs.getString("article"), rs.getString("title_en"), rs.getString("title_zh"), rs.getString("body_en"),
                rs.getString("body_zh"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
