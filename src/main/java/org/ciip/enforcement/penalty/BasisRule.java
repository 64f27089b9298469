package org.ciip.enforcement.penalty;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Choice;
import org.ciip.enforcement.LegalBases.Ground;

/**
 * Which legal basis a penalty decision applies (Administrative Penalty Law, 2021, Art. 37): the rule in force on the
 * date of the act, the most recent where several cover it (the amended Cybersecurity Law over the Regulations for acts
 * since 2026-01-01); but a rule that came into force between the act and the decision applies where it is lighter.
 * Pure: the bases come in as data.
 */
final class BasisRule {

    private BasisRule() {
    }

    /**
     * @param rows the bases covering the article, one row per basis for the ground asked (already resolved: a basis
     *             without a row for the ground contributes its row for the highest lower ground, and one without a row
     *             at or below it is absent); each row keeps the ground it was written for
     */
    static Choice choose(String article, Ground ground, LocalDate act, LocalDate decision, List<Basis> rows) {
        List<Basis> candidates = rows.stream().filter(b -> !b.effectiveFrom().isAfter(decision))
                .sorted(Comparator.comparing(Basis::effectiveFrom).thenComparing(Basis::code)).toList();
        // the most recent rule in force at the act; of one law's paragraphs, the one written for the ground found
        Optional<Basis> atAct = candidates.stream().filter(b -> !b.effectiveFrom().isAfter(act))
                .max(Comparator.comparing(Basis::effectiveFrom).thenComparing(b -> b.ground().ordinal()));
        if (atAct.isEmpty()) {
            return new Choice(article, ground, act, decision, candidates, null,
                    "No basis for this article and ground was in force on " + act + ", the date of the act.",
                    "行为发生之日（" + act + "）没有适用于该条款和情形的处罚依据。");
        }
        Basis pointed = atAct.get();
        Optional<Basis> lighter = candidates.stream()
                .filter(b -> b.effectiveFrom().isAfter(act) && lighter(b, pointed))
                .min(Comparator.comparing(BasisRule::ceiling));
        if (lighter.isPresent()) {
            Basis l = lighter.get();
            return new Choice(article, ground, act, decision, candidates, l,
                    l.citation(false) + " came into force on " + l.effectiveFrom() + ", after the act (" + act
                            + "), and is lighter than " + pointed.citation(false)
                            + ": the lighter rule applies (Administrative Penalty Law, Art. 37).",
                    l.citation(true) + "于" + l.effectiveFrom() + "施行，晚于行为发生之日（" + act + "），且轻于"
                            + pointed.citation(true) + "，适用较轻的规定（《行政处罚法》第三十七条）。");
        }
        return new Choice(article, ground, act, decision, candidates, pointed,
                pointed.citation(false) + " was in force on " + act + ", the date of the act"
                        + (candidates.size() > 1 ? ", and is the most recent rule covering it; no later rule is lighter"
                        : "") + " (Administrative Penalty Law, Art. 37).",
                "行为发生之日（" + act + "）施行的是" + pointed.citation(true)
                        + (candidates.size() > 1 ? "，为涵盖该行为的最新规定，此后没有更轻的规定" : "")
                        + "（《行政处罚法》第三十七条）。");
    }

    /** The highest fine a basis allows the unit on its ground, zero where it imposes none (a warning only). */
    private static java.math.BigDecimal ceiling(Basis b) {
        if (b.countsInMultiples()) {
            return b.unitMultiple().max();
        }
        return b.unit() == null ? java.math.BigDecimal.ZERO : b.unit().max();
    }

    private static boolean lighter(Basis later, Basis earlier) {
        if (later.countsInMultiples() != earlier.countsInMultiples()) {
            return false;
        }
        return ceiling(later).compareTo(ceiling(earlier)) < 0;
    }
}
