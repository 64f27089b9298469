package org.ciip.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ciip.shared.SqlPredicate;

/**
 * The compliance engine's verdict on each Chapter III duty of an operator's security program, for the program page:
 * the same facts and the same rules as the Art. 39-41 items of the compliance page, so that the two cannot disagree.
 */
public interface ProgramDuties {

    /**
     * Each operator that {@code operators} selects (a predicate over {@code o}, the registry's
     * {@code registry_organization}), by name, as its records stood on {@code asOf} (now, for today).
     */
    List<OperatorDuties> evaluate(SqlPredicate operators, LocalDate asOf);

    /** Worst last: a duty takes the worst status any of its facts gives it. */
    enum DutyStatus { MET, DUE_SOON, NOT_MET }

    /**
     * @param facts  what the engine read
     * @param duties the status of each duty the engine judges, by the program page's key (e.g. {@code DRILLS}); duties
     *               without a liability item (Art. 16's resources) are not among them
     */
    record OperatorDuties(OperatorFacts facts, Map<String, DutyStatus> duties) {
    }
}
