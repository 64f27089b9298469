package org.ciip.incident.grading;

import java.math.BigDecimal;
import org.ciip.shared.api.Validation;

/** The impact of an incident as the grading guide measures it; every figure is optional and none is negative. */
public record ImpactFigures(Long ciiOverallInterruptionMinutes, Long ciiMainFunctionInterruptionMinutes,
        Long peopleAffected, BigDecimal provincePopulationAffectedPercent, Long personalInfoRecordsLeaked,
        BigDecimal directEconomicLossCny, Long portalUnreachableMinutes, DataThreat importantDataThreat) {

    public static final ImpactFigures NONE = new ImpactFigures(null, null, null, null, null, null, null, null);

    /** These figures, with those not given taken from what was known before (a supplement updates the picture). */
    public ImpactFigures over(ImpactFigures before) {
        if (before == null) {
            return this;
        }
        return new ImpactFigures(
                ciiOverallInterruptionMinutes != null ? ciiOverallInterruptionMinutes
                        : before.ciiOverallInterruptionMinutes,
                ciiMainFunctionInterruptionMinutes != null ? ciiMainFunctionInterruptionMinutes
                        : before.ciiMainFunctionInterruptionMinutes,
                peopleAffected != null ? peopleAffected : before.peopleAffected,
                provincePopulationAffectedPercent != null ? provincePopulationAffectedPercent
                        : before.provincePopulationAffectedPercent,
                personalInfoRecordsLeaked != null ? personalInfoRecordsLeaked : before.personalInfoRecordsLeaked,
                directEconomicLossCny != null ? directEconomicLossCny : before.directEconomicLossCny,
                portalUnreachableMinutes != null ? portalUnreachableMinutes : before.portalUnreachableMinutes,
                importantDataThreat != null ? importantDataThreat : before.importantDataThreat);
    }

    public void validate(Validation v, String prefix) {
        nonNegative(v, prefix + "ciiOverallInterruptionMinutes", ciiOverallInterruptionMinutes);
        nonNegative(v, prefix + "ciiMainFunctionInterruptionMinutes", ciiMainFunctionInterruptionMinutes);
        nonNegative(v, prefix + "peopleAffected", peopleAffected);
        nonNegative(v, prefix + "personalInfoRecordsLeaked", personalInfoRecordsLeaked);
        nonNegative(v, prefix + "portalUnreachableMinutes", portalUnreachableMinutes);
        if (directEconomicLossCny != null && directEconomicLossCny.signum() < 0) {
            v.add(prefix + "directEconomicLossCny", "validation.nonNegative", "must not be negative");
        }
        if (provincePopulationAffectedPercent != null && (provincePopulationAffectedPercent.signum() < 0
                || provincePopulationAffectedPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            v.add(prefix + "provincePopulationAffectedPercent", "validation.range", "must be between 0 and 100", 0,
                    100);
        }
    }

    private static void nonNegative(Validation v, String field, Long value) {
        if (value != null && value < 0) {
            v.add(field, "validation.nonNegative", "must not be negative");
        }
    }

    /** The figure a criterion measures, as a number (the data threat as its ordinal), or null when not given. */
    public BigDecimal value(Criterion criterion) {
        return switch (criterion) {
            case ciiOverallInterruptionMinutes -> number(ciiOverallInterruptionMinutes);
            case ciiMainFunctionInterruptionMinutes -> number(ciiMainFunctionInterruptionMinutes);
            case peopleAffected -> number(peopleAffected);
            case provincePopulationAffectedPercent -> provincePopulationAffectedPercent;
            case personalInfoRecordsLeaked -> number(personalInfoRecordsLeaked);
            case directEconomicLossCny -> directEconomicLossCny;
            case portalUnreachableMinutes -> number(portalUnreachableMinutes);
            case importantDataThreat -> importantDataThreat == null ? null
                    : BigDecimal.valueOf(importantDataThreat.ordinal());
        };
    }

    private static BigDecimal number(Long value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
