package org.ciip.obligations.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ciip.enforcement.PositionBans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over {@code background_review} and {@code program_person} (the reviewed persons, kept with the
 * keyed hash and the last four characters of their identity number, never the number), and nothing else.
 */
@Repository
class BackgroundReviews {

    private static final String SELECT = """
            select r.*, p.name as person_name, p.id_last4 from background_review r
            join program_person p on p.id = r.person_id
            """;

    private final JdbcClient jdbc;

    BackgroundReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The operator's person with this identity-number hash, added or updated; answers its id. */
    UUID person(UUID operatorId, String name, String idHash, String idLast4, String position, Instant now) {
        return jdbc.sql("""
                insert into program_person (id, operator_id, name, id_hash, id_last4, position, created_at)
                values (:id, :op, :name, :hash, :last4, :position, :now)
                on conflict (operator_id, id_hash) do update set name = excluded.name, position = excluded.position
                returning id""")
                .param("id", UUID.randomUUID()).param("op", operatorId).param("name", name).param("hash", idHash)
                .param("last4", idLast4).param("position", position).param("now", Timestamp.from(now))
                .query(UUID.class).single();
    }

    void insert(UUID id, UUID operatorId, UUID personId, String position, ReviewStatus status,
            Optional<PositionBans.PositionBan> ban, Instant now, String by) {
        jdbc.sql("""
                insert into background_review (id, operator_id, person_id, position, status, barred_until,
                    barred_for_life, requested_at, requested_by)
                values (:id, :op, :person, :position, :status, :until, :life, :now, :by)""")
                .param("id", id).param("op", operatorId).param("person", personId).param("position", position)
                .param("status", status.name())
                .param("until", ban.map(PositionBans.PositionBan::barredUntil).orElse(null))
                .param("life", ban.map(PositionBans.PositionBan::barredForLife).orElse(false))
                .param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** Writes a result if the review is still in the state it was judged on; false when it changed meanwhile. */
    boolean recordResult(BackgroundReview.Transition t, LocalDate reviewedOn, String reviewer, String note,
            String by) {
        return jdbc.sql("""
                update background_review set status = :status, reviewed_on = :on, reviewer = :reviewer,
                    result_note = :note, decided_by = :by where id = :id and status = :expected""")
                .param("status", t.to().name()).param("on", reviewedOn).param("reviewer", reviewer)
                .param("note", note).param("by", by).param("id", t.review()).param("expected", t.from().name())
                .update() == 1;
    }

    Optional<PeopleService.ReviewView> find(UUID operatorId, UUID reviewId) {
        return jdbc.sql(SELECT + " where r.id = :id and r.operator_id = :op").param("id", reviewId)
                .param("op", operatorId).query(BackgroundReviews::map).optional();
    }

    List<PeopleService.ReviewView> list(UUID operatorId) {
        return jdbc.sql(SELECT + " where r.operator_id = :op order by r.requested_at desc")
                .param("op", operatorId).query(BackgroundReviews::map).list();
    }

    /**
     * The latest review of each person and position whose person has this identity-number hash, pending or approved
     * and not yet alerted: the reviews a newly registered sanction affects.
     */
    List<PeopleService.ReviewView> affectedBy(String idHash) {
        return jdbc.sql(SELECT + """
                 where p.id_hash = :hash and r.status in ('PENDING', 'APPROVED') and r.alerted_at is null
                   and r.requested_at = (select max(r2.requested_at) from background_review r2
                                         where r2.person_id = r.person_id and lower(r2.position) = lower(r.position))""")
                .param("hash", idHash).query(BackgroundReviews::map).list();
    }

    /** Records the ban on a review once: a pending review is blocked, an approved one flagged. */
    void alert(UUID reviewId, PositionBans.PositionBan ban, Instant now) {
        jdbc.sql("""
                update background_review set alerted_at = :now, barred_until = :until, barred_for_life = :life,
                    status = case when status = 'PENDING' then 'BLOCKED' else status end
                where id = :id and alerted_at is null""")
                .param("now", Timestamp.from(now)).param("until", ban.barredUntil())
                .param("life", ban.barredForLife()).param("id", reviewId).update();
    }

    private static PeopleService.ReviewView map(ResultSet rs, int row) throws SQLException {
        LocalDate until = rs.getObject("barred_until", LocalDate.class);
        boolean life = rs.getBoolean("barred_for_life");
        String wording = life || until != null ? new PositionBans.PositionBan(until, life).wording() : null;
        Timestamp alerted = rs.getTimestamp("alerted_at");
        return new PeopleService.ReviewView(UUID.fromString(rs.getString("id")),
                UUID.fromString(rs.getString("operator_id")), UUID.fromString(rs.getString("person_id")),
                rs.getString("person_name"), rs.getString("id_last4"), rs.getString("position"),
                ReviewStatus.valueOf(rs.getString("status")), until, life, wording,
                rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by"),
                rs.getObject("reviewed_on", LocalDate.class), rs.getString("reviewer"), rs.getString("result_note"),
                alerted == null ? null : alerted.toInstant());
    }
}
