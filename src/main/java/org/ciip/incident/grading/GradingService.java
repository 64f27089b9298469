package org.ciip.incident.grading;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ciip.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The grading guide in force, read from the versioned reference data. */
@Service
public class GradingService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final org.ciip.shared.Expiring<GradingGuide> cached;

    GradingService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cached = new org.ciip.shared.Expiring<>(this::load, java.time.Duration.ofSeconds(60), clock);
    }

    /** The guide in force today (the latest whose effective date has come), read again at most every minute. */
    public GradingGuide current() {
        return cached.get();
    }

    private GradingGuide load() {
        LocalDate today = LegalTime.today(clock);
        record Head(String id, String version, String source, LocalDate effectiveFrom) {
        }
        Head head = jdbc.sql("select id, version, source, effective_from from incident_grading_guide "
                        + "where effective_from <= :today order by effective_from desc, created_at desc limit 1")
                .param("today", today)
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
