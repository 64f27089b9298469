package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ciip.incident.grading.Criterion;
import org.ciip.incident.grading.DataThreat;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.GradingGuide;
import org.ciip.incident.grading.GradingGuide.Threshold;
import org.ciip.incident.grading.ImpactFigures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Grading at, just below and just above each confirmed threshold of the 2025 guide. */
class GradingGuideTest {

    static final GradingGuide GUIDE = new GradingGuide("test", "test", LocalDate.of(2025, 11, 1), List.of(
            t(Criterion.personalInfoRecordsLeaked, Grade.PARTICULARLY_MAJOR, 100_000_000, true),
            t(Criterion.personalInfoRecordsLeaked, Grade.MAJOR, 10_000_000, true),
            t(Criterion.personalInfoRecordsLeaked, Grade.RELATIVELY_MAJOR, 1_000_000, true),
            t(Criterion.directEconomicLossCny, Grade.PARTICULARLY_MAJOR, 100_000_000, true),
            t(Criterion.directEconomicLossCny, Grade.MAJOR, 20_000_000, true),
            t(Criterion.directEconomicLossCny, Grade.RELATIVELY_MAJOR, 5_000_000, true),
            t(Criterion.ciiOverallInterruptionMinutes, Grade.PARTICULARLY_MAJOR, 360, true),
            t(Criterion.ciiOverallInterruptionMinutes, Grade.MAJOR, 120, false),
            t(Criterion.ciiMainFunctionInterruptionMinutes, Grade.PARTICULARLY_MAJOR, 1440, true),
            t(Criterion.peopleAffected, Grade.PARTICULARLY_MAJOR, 10_000_000, true),
            t(Criterion.provincePopulationAffectedPercent, Grade.PARTICULARLY_MAJOR, 50, true),
            t(Criterion.portalUnreachableMinutes, Grade.PARTICULARLY_MAJOR, 1440, true),
            t(Criterion.importantDataThreat, Grade.PARTICULARLY_MAJOR, 3, true),
            t(Criterion.importantDataThreat, Grade.MAJOR, 2, true),
            t(Criterion.importantDataThreat, Grade.RELATIVELY_MAJOR, 1, true)));

    static Threshold t(Criterion c, Grade g, long value, boolean confirmed) {
        return new Threshold(c, g, BigDecimal.valueOf(value), confirmed, null);
    }

    static ImpactFigures leaked(long records) {
        return new ImpactFigures(null, null, null, null, records, null, null, null);
    }

    static ImpactFigures loss(long cny) {
        return new ImpactFigures(null, null, null, null, null, BigDecimal.valueOf(cny), null, null);
    }

    @ParameterizedTest(name = "{0} records leaked is {1}")
    @CsvSource({"99999999, MAJOR", "100000000, PARTICULARLY_MAJOR", "100000001, PARTICULARLY_MAJOR",
            "9999999, RELATIVELY_MAJOR", "10000000, MAJOR", "10000001, MAJOR",
            "999999, GENERAL", "1000000, RELATIVELY_MAJOR", "1000001, RELATIVELY_MAJOR", "0, GENERAL"})
    void personalInformationLeakedIsGradedInclusively(long records, Grade expected) {
        assertThat(GUIDE.grade(leaked(records)).grade()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "CNY {0} lost is {1}")
    @CsvSource({"99999999, MAJOR", "100000000, PARTICULARLY_MAJOR", "19999999, RELATIVELY_MAJOR",
            "20000000, MAJOR", "20000001, MAJOR", "4999999, GENERAL", "5000000, RELATIVELY_MAJOR",
            "5000001, RELATIVELY_MAJOR"})
    void directEconomicLossIsGradedInclusively(long cny, Grade expected) {
        assertThat(GUIDE.grade(loss(cny)).grade()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1} is {2}")
    @CsvSource({"ciiOverallInterruptionMinutes, 359, MAJOR", "ciiOverallInterruptionMinutes, 360, PARTICULARLY_MAJOR",
            "ciiMainFunctionInterruptionMinutes, 1439, GENERAL",
            "ciiMainFunctionInterruptionMinutes, 1440, PARTICULARLY_MAJOR",
            "ciiMainFunctionInterruptionMinutes, 1441, PARTICULARLY_MAJOR",
            "peopleAffected, 9999999, GENERAL", "peopleAffected, 10000000, PARTICULARLY_MAJOR",
            "portalUnreachableMinutes, 1439, GENERAL", "portalUnreachableMinutes, 1440, PARTICULARLY_MAJOR"})
    void theConfirmedParticularlyMajorThresholdsAreInclusive(Criterion criterion, long value, Grade expected) {
        ImpactFigures impact = switch (criterion) {
            case ciiOverallInterruptionMinutes -> new ImpactFigures(value, null, null, null, null, null, null, null);
            case ciiMainFunctionInterruptionMinutes -> new ImpactFigures(null, value, null, null, null, null, null, null);
            case peopleAffected -> new ImpactFigures(null, null, value, null, null, null, null, null);
            case portalUnreachableMinutes -> new ImpactFigures(null, null, null, null, null, null, value, null);
            default -> throw new IllegalArgumentException();
        };
        assertThat(GUIDE.grade(impact).grade()).isEqualTo(expected);
    }

    @Test
    void halfOfAProvincesPopulationIsParticularlyMajor() {
        ImpactFigures half = new ImpactFigures(null, null, null, new BigDecimal("50"), null, null, null, null);
        ImpactFigures less = new ImpactFigures(null, null, null, new BigDecimal("49.99"), null, null, null, null);
        assertThat(GUIDE.grade(half).grade()).isEqualTo(Grade.PARTICULARLY_MAJOR);
        assertThat(GUIDE.grade(less).grade()).isEqualTo(Grade.GENERAL);
    }

    @Test
    void theDataThreatGradesByItsSeriousness() {
        for (DataThreat threat : DataThreat.values()) {
            ImpactFigures impact = new ImpactFigures(null, null, null, null, null, null, null, threat);
            Grade expected = switch (threat) {
                case NONE -> Grade.GENERAL;
                case RELATIVELY_SERIOUS -> Grade.RELATIVELY_MAJOR;
                case SERIOUS -> Grade.MAJOR;
                case ESPECIALLY_SERIOUS -> Grade.PARTICULARLY_MAJOR;
            };
            assertThat(GUIDE.grade(impact).grade()).as(threat.name()).isEqualTo(expected);
        }
    }

    @Test
    void theHighestGradeAnyCriterionReachesWinsAndEveryReasonNamesItsCriterionAndThreshold() {
        GradingGuide.Result result = GUIDE.grade(new ImpactFigures(130L, null, null, null, 12_000_000L,
                BigDecimal.valueOf(6_000_000), null, DataThreat.NONE));
        assertThat(result.grade()).isEqualTo(Grade.MAJOR);
        assertThat(result.reasons()).extracting(r -> r.criterion() + ">=" + r.threshold() + ":" + r.value() + "=" + r.grade())
                .containsExactly("ciiOverallInterruptionMinutes>=120:130=MAJOR",
                        "personalInfoRecordsLeaked>=10000000:12000000=MAJOR",
                        "directEconomicLossCny>=5000000:6000000=RELATIVELY_MAJOR");
        assertThat(result.reasons().getFirst().confirmed()).as("the 2-hour tier is flagged unconfirmed").isFalse();
    }

    @Test
    void noFiguresIsAGeneralIncidentWithNoReason() {
        assertThat(GUIDE.grade(ImpactFigures.NONE)).isEqualTo(new GradingGuide.Result(Grade.GENERAL, List.of()));
    }
}
