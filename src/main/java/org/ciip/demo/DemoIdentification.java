package org.ciip.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identification.DecisionRequest;
import org.ciip.identification.CiiIdentification;
import org.ciip.identification.FactorKey;
import org.ciip.identification.RuleDefinition;
import org.ciip.identification.RuleDefinition.Criterion;
import org.ciip.identification.RuleDefinition.DecisionMethod;
import org.ciip.identification.RuleDefinition.Factor;
import org.ciip.identification.RuleDefinition.Level;
import org.ciip.identification.RuleFiling;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The demo world's Chapter II: each department's rule drafted, filed, recorded by MPS and activated, and the grid's
 * dispatching (SCADA) system and the bank's core banking system identified as CII, all through the same services and
 * as the same accounts as a person would, so that decisions, notices and audit entries are real.
 */
@Component
class DemoIdentification {

    private static final List<Level> LEVELS = List.of(new Level(1, "低", "Low"), new Level(2, "中", "Medium"),
            new Level(3, "高", "High"), new Level(4, "极高", "Very high"));

    private final RuleFiling rules;
    private final CiiIdentification decisions;
    private final AssetRegistry assets;
    private final Accounts accounts;

    DemoIdentification(RuleFiling rules, CiiIdentification decisions, AssetRegistry assets, Accounts accounts) {
        this.rules = rules;
        this.decisions = decisions;
        this.assets = assets;
        this.accounts = accounts;
    }

    /** Seeds once: skipped when the energy department already has a rule. */
    void seed() {
        boolean done = accounts.runAs("energy-dept", () -> !rules.list(Actors.current(), null).isEmpty());
        if (done) {
            return;
        }
        UUID energyRule = activeRule("energy-dept", new RuleFiling.RuleDraft("ENERGY",
                "电力行业关键信息基础设施认定规则（2026年版）", "Power sector CII identification rule (2026)",
                new RuleDefinition(LEVELS, List.of(
                        new Factor(FactorKey.IMPORTANCE, null, List.of(
                                new Criterion("dispatch", "调度控制业务关联度", "Role in grid dispatching and control"),
                                new Criterion("customers", "服务用户规模", "Customers served"))),
                        new Factor(FactorKey.HARM, null, List.of(
                                new Criterion("outage", "停运影响人口", "People affected by an outage"),
                                new Criterion("leak", "数据泄露危害", "Harm from a data leak"))),
                        new Factor(FactorKey.CROSS_SECTOR_IMPACT, null, List.of(
                                new Criterion("dependents", "依赖该系统的其他行业", "Other sectors depending on it")))),
                        DecisionMethod.ANY_FACTOR_HIGHEST, null), null), "MPS-CII-2026-012");
        UUID financeRule = activeRule("finance-dept", new RuleFiling.RuleDraft("FINANCE",
                "金融行业关键信息基础设施认定规则（2026年版）", "Finance sector CII identification rule (2026)",
                new RuleDefinition(LEVELS, List.of(
                        new Factor(FactorKey.IMPORTANCE, 50, List.of(
                                new Criterion("transactions", "交易处理份额", "Share of transactions processed"))),
                        new Factor(FactorKey.HARM, 30, List.of(
                                new Criterion("funds", "资金安全影响", "Impact on the safety of funds"),
                                new Criterion("customer-data", "客户数据泄露规模", "Scale of a customer data leak"))),
                        new Factor(FactorKey.CROSS_SECTOR_IMPACT, 20, List.of(
                                new Criterion("payments", "对支付体系的影响", "Impact on the payment system")))),
                        DecisionMethod.WEIGHTED_SCORE, 70), null), "MPS-CII-2026-015");

        identify("energy-dept", "grid-officer", "电力调度控制系统 (SCADA)", energyRule,
                Map.of("dispatch", 4, "customers", 3, "outage", 4, "leak", 3, "dependents", 3),
                Map.of("IMPORTANCE", "承担华北电网实时调度与控制 Real-time dispatching and control of the North China grid",
                        "HARM", "停运将导致区域大面积停电 An outage would black out the region",
                        "CROSS_SECTOR_IMPACT", "铁路、供水、通信依赖其供电 Rail, water and telecoms depend on its power"));
        identify("finance-dept", "bank-officer", "核心银行系统", financeRule,
                Map.of("transactions", 4, "funds", 4, "customer-data", 4, "payments", 3),
                Map.of("IMPORTANCE", "处理全行存贷款与账务 Processes all deposits, loans and the ledger",
                        "HARM", "中断将影响数千万客户资金安全 An outage would put tens of millions of customers' funds at risk",
                        "CROSS_SECTOR_IMPACT", "连接跨行支付清算体系 Connected to interbank payment and clearing"));
    }

    private UUID activeRule(String department, RuleFiling.RuleDraft draft, String recordNumber) {
        UUID id = accounts.runAs(department, () -> rules.draft(Actors.current(), draft).id());
        accounts.runAs(department, () -> rules.filing(Actors.current(), id, null));
        accounts.runAs("mps", () -> rules.filing(Actors.current(), id,
                new RuleFiling.FilingRecord(LocalDate.of(2026, 3, 16), recordNumber)));
        accounts.runAs(department, () -> rules.activate(Actors.current(), id));
        return id;
    }

    private void identify(String department, String operatorAccount, String assetName, UUID rule,
            Map<String, Integer> ratings, Map<String, String> justifications) {
        UUID asset = accounts.runAs(operatorAccount, () -> assets.withStatus(Actors.current(), "CANDIDATE",
                PageQuery.of(0, 200, null, Map.of(), "a.id")).items().stream()
                .filter(a -> a.name().equals(assetName)).findFirst().orElseThrow().id());
        accounts.runAs(department, () -> decisions.identify(Actors.current(),
                new DecisionRequest(asset, rule, ratings, justifications, "CII", null)));
    }
}
