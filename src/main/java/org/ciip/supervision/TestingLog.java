package org.ciip.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every SQL statement over what happens under a testing authorization: the testers' sessions ({@code
 * testing_session}) and their findings ({@code testing_finding}). Callers have checked that the reader is a party.
 */
@Repository
class TestingLog {

    private final JdbcClient jdbc;

    TestingLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TestingView.Session> sessions(UUID authorizationId) {
        return jdbc.sql("""
                select s.id, s.tester_seq, t.name, s.source_address, s.started_at, s.started_by, s.stopped_at,
                    s.stopped_by, s.stop_reason
                from testing_session s join testing_tester t on t.authorization_id = s.authorization_id
                    and t.seq = s.tester_seq
                where s.authorization_id = :id order by s.started_at desc, s.id""")
                .param("id", authorizationId)
                .query((rs, n) -> new TestingView.Session(UUID.fromString(rs.getString(1)), rs.getInt(2),
                        rs.getString(3), rs.getString(4), Rows.instant(rs, "started_at"), rs.getString(6),
                        Rows.instant(rs, "stopped_at"), rs.getString(8), rs.getString(9)))
                .list();
    }

    List<TestingView.Finding> findings(UUID authorizationId) {
        return jdbc.sql("""
                select f.seq, f.asset_id, a.name, f.title, f.severity, f.cvss_vector, f.rectify_by, f.recorded_at,
                    f.recorded_by
                from testing_finding f join registry_asset a on a.id = f.asset_id
                where f.authorization_id = :id order by f.seq""")
                .param("id", authorizationId)
                .query((rs, n) -> new TestingView.Finding(rs.getInt(1), UUID.fromString(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, LocalDate.class), Rows.instant(rs, "recorded_at"), rs.getString(9)))
                .list();
    }

    void start(UUID id, UUID authorizationId, int testerSeq, String source, Instant at, String by) {
        jdbc.sql("""
                insert into testing_session (id, authorization_id, tester_seq, source_address, started_at, started_by)
                values (:id, :auth, :tester, :source, :at, :by)""")
                .param("id", id).param("auth", authorizationId).param("tester", testerSeq).param("source", source)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** Stops a running session of the authorization; false when it was stopped already (or is not one of its). */
    boolean stop(UUID authorizationId, UUID sessionId, Instant at, String by, String reason) {
        return jdbc.sql("""
                update testing_session set stopped_at = :at, stopped_by = :by, stop_reason = :reason
                where id = :session and authorization_id = :auth and stopped_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("session", sessionId)
                .param("auth", authorizationId).update() == 1;
    }

    /** Stops every running session of the authorization; how many. */
    int stopAll(UUID authorizationId, Instant at, String by, String reason) {
        return jdbc.sql("""
                update testing_session set stopped_at = :at, stopped_by = :by, stop_reason = :reason
                where authorization_id = :auth and stopped_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .param("auth", authorizationId).update();
    }

    /** Appends a finding (its number the next one, under the authorization's row lock taken by the caller). */
    int addFinding(UUID authorizationId, UUID assetId, String title, String severity, String cvssVector,
            LocalDate rectifyBy, Instant at, String by) {
        return jdbc.sql("""
                insert into testing_finding (authorization_id, seq, asset_id, title, severity, cvss_vector,
                    rectify_by, recorded_at, recorded_by)
                select :auth, coalesce(max(seq), 0) + 1, :asset, :title, :severity, :vector, :rectifyBy, :at, :by
                from testing_finding where authorization_id = :auth
                returning seq""")
                .param("auth", authorizationId).param("asset", assetId).param("title", title)
                .param("severity", severity).param("vector", cvssVector).param("rectifyBy", rectifyBy)
                .param("at", Timestamp.from(at)).param("by", by).query(Integer.class).single();
    }
}
