package org.ciip.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.incident.IncidentRequests;
import org.ciip.incident.IncidentReporting;
import org.ciip.obligations.Procurement;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actors;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The demo world's compliance facts, made through the same services a person would use: the bank bought a log
 * analytics service without a security and confidentiality agreement (Art. 39(9)), and the grid filed a major
 * incident three hours after discovering it, missing its one-hour clock (Art. 40).
 */
@Component
class DemoProgram {

    private final Procurement procurement;
    private final IncidentReporting incidents;
    private final Organizations organizations;
    private final AssetRegistry assets;
    private final Accounts accounts;
    private final Clock clock;

    DemoProgram(Procurement procurement, IncidentReporting incidents, Organizations organizations,
            AssetRegistry assets, Accounts accounts, Clock clock) {
        this.procurement = procurement;
        this.incidents = incidents;
        this.organizations = organizations;
        this.assets = assets;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Seeds once: skipped when the bank already has a purchase. */
    void seed() {
        boolean done = accounts.runAs("bank-officer", () -> procurement.purchases(Actors.current(),
                Actors.current().organizationId(), PageQuery.of(0, 1, null, Map.of(), "purchased_on"))
                .totalElements() > 0);
        if (done) {
            return;
        }
        LocalDate today = LegalTime.today(clock);
        UUID supplier = organizations.listAll().stream()
                .filter(o -> o.kind() == OrganizationKind.SUPPLIER && o.name().equals("示范信息技术有限公司"))
                .findFirst().orElseThrow().id();
        accounts.runAs("bank-officer", () -> procurement.record(Actors.current(), Actors.current().organizationId(),
                new Procurement.PurchaseRequest(supplier, "日志分析平台订阅 Log analytics subscription",
                        new BigDecimal("380000"), today.minusDays(40), false,
                        "核心银行日志的安全监测 Security monitoring of core banking logs", today.minusDays(35))));
        accounts.runAs("grid-officer", () -> {
            UUID scada = assets.withStatus(Actors.current(), "CII", PageQuery.of(0, 50, null, Map.of(), "a.id"))
                    .items().stream().filter(a -> a.name().contains("SCADA")).findFirst().orElseThrow().id();
            return incidents.report(Actors.current(), new IncidentRequests.Report(List.of(scada),
                    clock.instant().minus(Duration.ofHours(3)), "北京调度中心 Beijing dispatching centre", "MP", null,
                    "调度工作站感染勒索软件 Ransomware on dispatching workstations",
                    "两个地调工作站被加密 Two regional dispatching workstations encrypted",
                    "隔离工作站，切换备用调度 Isolated the workstations; backup dispatching in use",
                    new ImpactFigures(null, null, null, null, null, new BigDecimal("30000000"), null, null),
                    null, null, null, null, null, null, null, null, null));
        });
    }
}
