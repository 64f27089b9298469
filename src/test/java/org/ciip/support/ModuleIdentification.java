package org.ciip.support;

import static org.ciip.support.ModuleParties.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identification.CiiIdentification;
import org.ciip.identification.DecisionRequest;
import org.ciip.identification.DecisionView;
import org.ciip.identification.FactorKey;
import org.ciip.identification.RuleDefinition;
import org.ciip.identification.RuleDefinition.Criterion;
import org.ciip.identification.RuleDefinition.DecisionMethod;
import org.ciip.identification.RuleDefinition.Factor;
import org.ciip.identification.RuleDefinition.Level;
import org.ciip.identification.RuleFiling;
import org.ciip.identification.RuleView;
import org.ciip.shared.Actor;

/** Identification as a module test does it through the identification module's API (Art. 9, 10). */
public final class ModuleIdentification {

    private ModuleIdentification() {
    }

    /** A rule recommending CII when any factor reaches its highest level, with one criterion per factor. */
    public static RuleDefinition anyFactorHighest() {
        return new RuleDefinition(List.of(new Level(1, "低", "Low"), new Level(2, "中", "Medium"),
                new Level(3, "高", "High")), List.of(
                new Factor(FactorKey.IMPORTANCE, null, List.of(new Criterion("dispatch", "调度", "Dispatching"))),
                new Factor(FactorKey.HARM, null, List.of(new Criterion("outage", "停运", "Outage"))),
                new Factor(FactorKey.CROSS_SECTOR_IMPACT, null,
                        List.of(new Criterion("dependents", "依赖", "Dependents")))),
                DecisionMethod.ANY_FACTOR_HIGHEST, null);
    }

    /** A rule of the department's sector, drafted, filed with MPS, recorded and activated. */
    public static RuleView activeRule(RuleFiling filing, Actor department, Actor mps, String sector) {
        RuleView drafted = as(department, () -> filing.draft(department, new RuleFiling.RuleDraft(sector,
                "Rule of " + sector, null, anyFactorHighest(), null)));
        as(department, () -> filing.filing(department, drafted.id(), null));
        as(mps, () -> filing.filing(mps, drafted.id(), new RuleFiling.FilingRecord(LocalDate.of(2026, 11, 20),
                "MPS-" + drafted.id().toString().substring(0, 8))));
        return as(department, () -> filing.activate(department, drafted.id()));
    }

    /** The department identifies the asset as CII under the rule, with the highest rating on importance. */
    public static DecisionView identifyAsCii(CiiIdentification identification, Actor department, UUID asset,
            UUID rule) {
        return as(department, () -> identification.identify(department, new DecisionRequest(asset, rule,
                Map.of("dispatch", 3, "outage", 2, "dependents", 1),
                Map.of("IMPORTANCE", "Real-time operations", "HARM", "Regional outage",
                        "CROSS_SECTOR_IMPACT", "Others depend on it"), "CII", null)));
    }
}
