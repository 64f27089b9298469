package org.ciip.enforcement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ciip.enforcement.LegalBases.Basis;
import org.ciip.enforcement.LegalBases.Ground;
import org.ciip.enforcement.LegalBases.Range;
import org.ciip.shared.api.Validation;

/**
 * Checks the amounts of a penalty decision against the legal basis it applies: the unit's fine (from the purchase
 * amount under Art. 41), confiscation (Art. 43 only), each named person's fine and detention. An amount outside its
 * range is refused with the range and the basis in the message. Pure: tested without Spring.
 */
final class DecisionCheck {

    private DecisionCheck() {
    }

    /** The amounts as they will be recorded: no fine is null, fines and detention by the person's number. */
    record Checked(BigDecimal unitFine, Map<Integer, BigDecimal> fines, Map<Integer, Integer> detention) {
    }

    /** The decision's amounts, checked; problems are added to {@code v}, which the caller throws. */
    static Checked amounts(CaseView c, CaseRequests.Decision d, Basis basis, Ground ground, Validation v) {
        String citation = basis.citation(false);
        Range unit = null;
        if (basis.countsInMultiples()) {
            if (d.purchaseAmount() == null) {
                v.add("purchaseAmount", "validation.purchaseAmountRequired", "is required for Art. 41 (the fine is "
                        + "1 to 10 times the purchase amount)", c.article());
            } else if (d.purchaseAmount().signum() <= 0) {
                v.add("purchaseAmount", "validation.positive", "must be greater than 0");
            } else {
                unit = basis.unitFor(d.purchaseAmount());
            }
        } else {
            unit = basis.unit();
            if (d.purchaseAmount() != null) {
                v.add("purchaseAmount", "validation.caseNoPurchase", "is given only for Art. 41");
            }
        }
        if ("PERSON".equals(c.respondentKind())) {
            if (d.unitFine() != null && d.unitFine().signum() != 0) {
                v.add("unitFine", "validation.casePersonRespondent", "is for a unit: a person is fined as a person "
                        + "named in the case");
            }
        } else {
            checkAmount(v, "unitFine", d.unitFine(), unit, basis.fineOptional(), basis, ground,
                    !basis.countsInMultiples() || d.purchaseAmount() != null);
        }
        if (d.confiscation() != null) {
            if (!CaseRules.main(c.article()).equals("43")) {
                v.add("confiscation", "validation.caseConfiscation", "is decided only under Art. 43");
            } else if (d.confiscation().signum() < 0) {
                v.add("confiscation", "validation.nonNegative", "must not be negative");
            }
        }
        Map<Integer, BigDecimal> fines = new HashMap<>();
        Map<Integer, Integer> detention = new HashMap<>();
        List<CaseRequests.PersonPenalty> given = d.persons() == null ? List.of() : d.persons();
        for (int i = 0; i < given.size(); i++) {
            CaseRequests.PersonPenalty p = given.get(i);
            String at = "persons[" + i + "].";
            if (p == null || p.seq() == null || c.persons().stream().noneMatch(x -> x.seq() == p.seq())) {
                v.add(at + "seq", "validation.casePerson", "is not a person named in this case");
                continue;
            }
            if (fines.containsKey(p.seq()) || detention.containsKey(p.seq())) {
                v.add(at + "seq", "validation.duplicate", "names a person twice");
                continue;
            }
            if (p.fine() != null) {
                if (checkAmount(v, at + "fine", p.fine(), basis.person(), true, basis, ground, true)) {
                    fines.put(p.seq(), p.fine());
                }
            }
            if (p.detentionDays() != null) {
                Range days = basis.detentionDays();
                if (days == null) {
                    v.add(at + "detentionDays", "validation.caseDetention", "is decided only under Art. 43");
                } else if (!days.contains(BigDecimal.valueOf(p.detentionDays()))) {
                    v.add(at + "detentionDays", "validation.caseDetentionRange", "must be from "
                            + days.min().toPlainString() + " to " + days.max().toPlainString() + " days under "
                            + citation, days.min().toPlainString(), days.max().toPlainString());
                } else {
                    detention.put(p.seq(), p.detentionDays());
                }
            }
        }
        return new Checked(d.unitFine() == null || d.unitFine().signum() == 0 ? null : d.unitFine(), fines,
                detention);
    }

    /**
     * Checks an amount against its range; false (with the problem added) when it is outside. The message's arguments
     * are the basis cited in English, the range's ends, and the basis cited in Chinese.
     */
    private static boolean checkAmount(Validation v, String field, BigDecimal amount, Range range, boolean optional,
            Basis basis, Ground ground, boolean rangeKnown) {
        if (!rangeKnown) {
            return false;
        }
        String en = basis.citation(false);
        String zh = basis.citation(true);
        if (range == null) {
            if (amount != null && amount.signum() != 0) {
                v.add(field, "validation.caseNoFine", "must be empty: " + en + " imposes no fine on the ground "
                        + ground + " (a warning only)", en, "", "", zh);
                return false;
            }
            return true;
        }
        String min = CaseDocuments.amount(range.min());
        String max = CaseDocuments.amount(range.max());
        if (amount == null || amount.signum() == 0) {
            if (!optional) {
                v.add(field, "validation.caseFineRequired", "is required: " + en + " fines " + min + " to " + max
                        + " CNY", en, min, max, zh);
                return false;
            }
            return true;
        }
        if (amount.scale() > 2 || !range.contains(amount)) {
            v.add(field, "validation.caseFineRange", "must be from " + min + " to " + max + " CNY under " + en, en,
                    min, max, zh);
            return false;
        }
        return true;
    }
}
