package org.ciip.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.SqlPredicate;
import org.ciip.shared.api.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The security situation of a department's sectors (Art. 24: "grasp the operation status and security situation"), or
 * of the nation for CAC and MPS: the warnings still to be answered, the incidents of the last 12 months by grade, the
 * operators with something overdue (warnings not acknowledged, warnings unanswered past their time, report clocks
 * missed), and all of it by province.
 */
@Service
public class SectorSituation {

    static final int LIMIT = 50;

    private final Situations situations;
    private final Clock clock;

    SectorSituation(Situations situations, Clock clock) {
        this.situations = situations;
        this.clock = clock;
    }

    /** A warning still to be answered, with the operators in scope it reached, acknowledged and left open. */
    public record WarningLine(UUID id, WarningLevel level, String titleZh, String titleEn, Instant issuedAt,
            Instant respondDueAt, long reached, long acknowledged, long openAssets) {

        public String title(boolean chinese) {
            return chinese ? titleZh : titleEn;
        }
    }

    /** An operator with something overdue. */
    public record OperatorLine(UUID operatorId, String name, String regionCode, long overdueAcknowledgements,
            long unansweredWarnings, long lateReports) {
    }

    /** The facts of one province: its operators in scope and their overdue items and incidents. */
    public record ProvinceLine(String province, long operators, long overdueAcknowledgements,
            long unansweredWarnings, long lateReports, long incidents) {
    }

    /** The situation, as of {@code at}, over the 12 months before it. */
    public record Situation(Instant at, Instant since, boolean national, List<WarningLine> activeWarnings,
            Map<String, Long> incidentsByGrade, List<OperatorLine> overdueOperators, List<ProvinceLine> provinces) {
    }

    /** Incidents reported in a month (Beijing time) of a grade. */
    record MonthCount(YearMonth month, String grade, long count) {
    }

    /** The grades of the Measures, gravest first: the order of a trend's series. */
    public static final List<String> GRADES = List.of("PARTICULARLY_MAJOR", "MAJOR", "RELATIVELY_MAJOR", "GENERAL");

    /**
     * The incidents of the last 12 months (the current month and the 11 before it, in Beijing time) by month and grade:
     * for each grade of {@link #GRADES}, twelve counts, oldest month first, zero where none.
     */
    public record Trend(List<YearMonth> months, Map<String, List<Long>> byGrade) {

        public long total(int month) {
            return byGrade.values().stream().mapToLong(counts -> counts.get(month)).sum();
        }
    }

    /** The operators of the actor's sectors (a protection department) or of the nation (CAC, MPS); 404 for others. */
    private static SqlPredicate scope(Actor actor) {
        boolean national = actor.is(OrganizationKind.CAC) || actor.is(OrganizationKind.MPS);
        if (!national && !actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            throw ApiException.notFound("Sector situation");
        }
        return national ? SqlPredicate.ALL
                : actor.jurisdiction().operatorProgram("o.id", "o.sectors", "o.region_code");
    }

    /** The 12-month trend of the actor's sectors (a protection department) or the nation (CAC, MPS); 404 for others. */
    @Transactional(readOnly = true)
    public Trend trend(Actor actor) {
        SqlPredicate scope = scope(actor);
        YearMonth current = YearMonth.from(ZonedDateTime.ofInstant(clock.instant(), LegalTime.ZONE));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            months.add(current.minusMonths(i));
        }
        Map<String, List<Long>> byGrade = new LinkedHashMap<>();
        GRADES.forEach(g -> byGrade.put(g, new ArrayList<>(java.util.Collections.nCopies(12, 0L))));
        Instant since = months.getFirst().atDay(1).atStartOfDay(LegalTime.ZONE).toInstant();
        for (MonthCount c : situations.incidentsByMonth(scope, since)) {
            int index = months.indexOf(c.month());
            List<Long> counts = byGrade.get(c.grade());
            if (index >= 0 && counts != null) {
                counts.set(index, c.count());
            }
        }
        return new Trend(List.copyOf(months), byGrade);
    }

    /** The situation of the actor's sectors (a protection department) or the nation (CAC, MPS); 404 for others. */
    @Transactional(readOnly = true)
    public Situation of(Actor actor) {
        boolean national = actor.is(OrganizationKind.CAC) || actor.is(OrganizationKind.MPS);
        SqlPredicate scope = scope(actor);
        Instant now = clock.instant();
        Instant since = ZonedDateTime.ofInstant(now, LegalTime.ZONE).minusMonths(12).toInstant();
        return new Situation(now, since, national,
                situations.activeWarnings(scope, actor.organizationId(), now, LIMIT),
                situations.incidentsByGrade(scope, since), situations.overdueOperators(scope, now, since, LIMIT),
                situations.byProvince(scope, now, since));
    }
}
