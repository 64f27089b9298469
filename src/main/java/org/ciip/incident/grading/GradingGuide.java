package org.ciip.incident.grading;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A version of the grading guide: thresholds per criterion and grade, each with whether it was confirmed from the
 * published text. "Or above" includes the threshold; an incident takes the highest grade any criterion reaches, and
 * every reason names its criterion and threshold.
 */
public record GradingGuide(String version, String source, LocalDate effectiveFrom, List<Threshold> thresholds) {

    public record Threshold(Criterion criterion, Grade grade, BigDecimal value, boolean confirmed, String note) {
    }

    /** Why an incident has its grade: the figure of a criterion reached a threshold. */
    public record Reason(String criterion, Object threshold, Object value, Grade grade, boolean confirmed) {
    }

    public record Result(Grade grade, List<Reason> reasons) {
    }

    public Result grade(ImpactFigures impact) {
        List<Reason> reasons = new ArrayList<>();
        Grade grade = Grade.GENERAL;
        for (Criterion criterion : Criterion.values()) {
            BigDecimal value = impact.value(criterion);
            if (value == null) {
                continue;
            }
            // the highest grade whose threshold this figure reaches is its reason (grades are declared highest first)
            thresholds.stream().filter(t -> t.criterion() == criterion && value.compareTo(t.value()) >= 0)
                    .min(Comparator.comparing(Threshold::grade))
                    .ifPresent(t -> reasons.add(new Reason(criterion.name(), display(criterion, t.value()),
                            display(criterion, value), t.grade(), t.confirmed())));
        }
        for (Reason r : reasons) {
            grade = Grade.higher(grade, r.grade());
        }
        reasons.sort(Comparator.comparing(Reason::grade));
        return new Result(grade, reasons);
    }

    private static Object display(Criterion criterion, BigDecimal number) {
        if (criterion == Criterion.importantDataThreat) {
            return DataThreat.values()[number.intValue()].name();
        }
        return number.stripTrailingZeros().scale() <= 0 ? number.toBigInteger() : number;
    }
}
