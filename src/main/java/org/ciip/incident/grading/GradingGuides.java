package org.ciip.incident.grading;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every SQL statement over the versioned grading guides ({@code incident_grading_guide}, {@code ..._threshold}). */
@Repository
class GradingGuides {

    private final JdbcClient jdbc;

    GradingGuides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The guide in force on {@code day}: the latest whose effective date has come. */
    GradingGuide inForceOn(LocalDate day) {
        record Head(String id, String version, String source, LocalDate effectiveFrom) {
        }
        Head head = jdbc.sql("select id, version, source, effective_from from incident_grading_guide "
                        + "where effective_from <= :today order by effective_from desc, created_at desc limit 1")
                .param("today", day)
                .query((rs, n) -> new Head(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class)))
                .single();
        List<GradingGuide.Threshold> thresholds = jdbc.sql("select criterion, grade, value, confirmed, note "
                        + "from incident_grading_threshold where guide_id = cast(:id as uuid)")
                .param("id", head.id())
                .query((rs, n) -> new GradingGuide.Threshold(Criterion.valueOf(rs.getString(1)),
                        Grade.valueOf(rs.getString(2)), rs.getBigDecimal(3), rs.getBoolean(4), rs.getString(5)))
                .list();
        return new GradingGuide(head.version(), head.source(), head.effectiveFrom(), thresholds);
    }
}
