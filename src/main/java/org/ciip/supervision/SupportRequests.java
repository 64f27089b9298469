package org.ciip.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.api.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over requests for technical support ({@code support_request}, {@code support_message}). Reads
 * are limited to the two parties of a request.
 */
@Repository
class SupportRequests {

    private static final String SELECT = """
            select s.*, q.name as requester_name, a.name as addressee_name
            from support_request s join registry_organization q on q.id = s.requester_id
            join registry_organization a on a.id = s.addressee_id""";
    private static final String PARTY = " (s.requester_id = :org or s.addressee_id = :org)";

    private final JdbcClient jdbc;

    SupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID requester, UUID addressee, String subjectKind, UUID subjectId, String title,
            String description, Instant now, String by) {
        jdbc.sql("""
                insert into support_request (id, requester_id, addressee_id, subject_kind, subject_id, title,
                    description, status, requested_at, requested_by)
                values (:id, :requester, :addressee, :kind, :subject, :title, :description, 'REQUESTED', :now, :by)""")
                .param("id", id).param("requester", requester).param("addressee", addressee).param("kind", subjectKind)
                .param("subject", subjectId).param("title", title).param("description", description)
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** The request, if {@code organizationId} is one of its parties. */
    Optional<SupportView> find(UUID id, UUID organizationId) {
        return jdbc.sql(SELECT + " where s.id = :id and" + PARTY).param("id", id).param("org", organizationId)
                .query((rs, n) -> map(rs, messages(id))).optional();
    }

    private List<SupportView.Message> messages(UUID id) {
        return jdbc.sql("""
                select m.seq, m.organization_id, o.name, m.author, m.body, m.written_at
                from support_message m join registry_organization o on o.id = m.organization_id
                where m.request_id = :id order by m.seq""")
                .param("id", id)
                .query((rs, n) -> new SupportView.Message(rs.getInt(1), UUID.fromString(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), Rows.instant(rs, "written_at")))
                .list();
    }

    /** The requests {@code organizationId} made or received, newest first, without their threads. */
    PageResult<SupportView> page(UUID organizationId, PageQuery page) {
        long total = jdbc.sql("select count(*) from support_request s where" + PARTY).param("org", organizationId)
                .query(Long.class).single();
        List<SupportView> items = jdbc.sql(SELECT + " where" + PARTY
                        + " order by s.requested_at desc, s.id limit :limit offset :offset")
                .param("org", organizationId).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> map(rs, List.of())).list();
        return PageResult.of(items, page, total);
    }

    /** Accepts and assigns a request still REQUESTED; false when a concurrent step came first. */
    boolean accept(UUID id, SupportStatus.Step step, String assignee, Instant now) {
        return jdbc.sql("update support_request set status = :to, assignee = :assignee, accepted_at = :now "
                        + "where id = :id and status = :from")
                .param("to", step.to().name()).param("from", step.from().name()).param("assignee", assignee)
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Closes a request still ACCEPTED with its outcome; false when a concurrent step came first. */
    boolean close(UUID id, SupportStatus.Step step, String outcome, Instant now) {
        return jdbc.sql("update support_request set status = :to, outcome = :outcome, closed_at = :now "
                        + "where id = :id and status = :from")
                .param("to", step.to().name()).param("from", step.from().name()).param("outcome", outcome)
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Appends a message to the thread (its number the next one, taken under the request's row lock); its number. */
    int addMessage(UUID id, UUID organizationId, String author, String body, Instant now) {
        jdbc.sql("select 1 from support_request where id = :id for update").param("id", id).query(Integer.class)
                .single();
        return jdbc.sql("""
                insert into support_message (request_id, seq, organization_id, author, body, written_at)
                select :id, coalesce(max(seq), 0) + 1, :org, :author, :body, :now from support_message
                where request_id = :id
                returning seq""")
                .param("id", id).param("org", organizationId).param("author", author).param("body", body)
                .param("now", Timestamp.from(now)).query(Integer.class).single();
    }

    private static SupportView map(ResultSet rs, List<SupportView.Message> messages) throws SQLException {
        return new SupportView(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("requester_id")),
                rs.getString("requester_name"), UUID.fromString(rs.getString("addressee_id")),
                rs.getString("addressee_name"), rs.getString("subject_kind"), Rows.uuid(rs, "subject_id"),
                rs.getString("title"), rs.getString("description"), SupportStatus.valueOf(rs.getString("status")),
                Rows.instant(rs, "requested_at"), rs.getString("requested_by"), rs.getString("assignee"),
                Rows.instant(rs, "accepted_at"), rs.getString("outcome"), Rows.instant(rs, "closed_at"), messages);
    }
}
