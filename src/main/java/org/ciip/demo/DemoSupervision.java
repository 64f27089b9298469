package org.ciip.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actors;
import org.ciip.shared.api.PageQuery;
import org.ciip.registry.Organizations;
import org.ciip.shared.LegalTime;
import org.ciip.supervision.SoftwareInventory;
import org.ciip.supervision.TestingAuthorizations;
import org.ciip.supervision.TestingRequest;
import org.springframework.stereotype.Component;

/**
 * The demo world's software inventory (Art. 24): the grid company's SCADA system with its CycloneDX SBOM, uploaded
 * through the public API as the grid's officer would, so that a warning for one of its libraries has someone to reach;
 * and a penetration test of that system next week (Art. 31), asked by the demo agency and authorized by the grid
 * company and the energy department, whose number anyone can verify; the state security, secrecy and cryptography
 * administrations (Art. 28), and Beijing public security's inspection of the grid company three weeks ahead.
 */
@Component
class DemoSupervision {

    private final SoftwareInventory inventory;
    private final AssetRegistry assets;
    private final Accounts accounts;
    private final TestingAuthorizations testing;
    private final org.ciip.supervision.InspectionPlanning inspections;
    private final Organizations organizations;
    private final java.time.Clock clock;

    DemoSupervision(SoftwareInventory inventory, AssetRegistry assets, Accounts accounts,
            TestingAuthorizations testing, org.ciip.supervision.InspectionPlanning inspections,
            Organizations organizations, java.time.Clock clock) {
        this.inventory = inventory;
        this.assets = assets;
        this.accounts = accounts;
        this.testing = testing;
        this.inspections = inspections;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * The state security, secrecy and cryptography administrations, which inspect CII within their competence
     * (Art. 28); each registered once.
     */
    void seedInspectingBodies() {
        Object[][] bodies = {
                {org.ciip.shared.OrganizationKind.STATE_SECURITY, "国家安全部", "Ministry of State Security", "00001701X"},
                {org.ciip.shared.OrganizationKind.SECRECY_ADMINISTRATION, "国家保密局", "National Administration of State "
                        + "Secrets Protection", "00001801X"},
                {org.ciip.shared.OrganizationKind.CRYPTOGRAPHY_ADMINISTRATION, "国家密码管理局", "State Cryptography "
                        + "Administration", "00001901X"}};
        for (Object[] b : bodies) {
            String creditCode = org.ciip.registry.UnifiedSocialCreditCode.complete("11100000" + b[3]);
            if (organizations.findByCreditCode(creditCode).isEmpty()) {
                organizations.register(new Organizations.OrganizationRegistration(
                        (org.ciip.shared.OrganizationKind) b[0], (String) b[1], (String) b[2], creditCode, "110102",
                        null, List.of()));
            }
        }
    }

    /**
     * Beijing public security's inspection of the grid company three weeks ahead (Art. 28), so that the energy
     * department planning its own inspection of the grid sees the overlap (Art. 27); seeded once.
     */
    void seedInspection() {
        boolean seeded = accounts.runAs("psb-beijing", () -> inspections.list(Actors.current(), null, null, null, null,
                PageQuery.of(0, 1, null, Map.of(), "starts_on")).totalElements() > 0);
        if (seeded) {
            return;
        }
        UUID grid = accounts.runAs("grid-officer", () -> Actors.current().organizationId());
        java.time.LocalDate start = LegalTime.today(clock).plusDays(21);
        accounts.runAs("psb-beijing", () -> inspections.plan(Actors.current(), new org.ciip.supervision.InspectionRequest(
                grid, "INSPECTION", "28", "网络安全执法检查 Cybersecurity inspection",
                List.of("SECURITY_PROGRAM", "INCIDENT_RESPONSE"), List.of(), start, start.plusDays(2),
                "北京市公安局网安总队检查组 Beijing PSB cyber police inspection team")));
    }

    /** Seeds once: skipped when the agency already has a testing authorization. */
    void seedTesting() {
        boolean seeded = accounts.runAs("agency", () -> testing.list(Actors.current(), null, null,
                PageQuery.of(0, 1, null, Map.of(), "requested_at")).totalElements() > 0);
        if (seeded) {
            return;
        }
        String creditCode = accounts.runAs("grid-officer", () -> organizations.find(Actors.current()
                .organizationId()).orElseThrow().creditCode());
        java.time.LocalDate monday = LegalTime.today(clock).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.MONDAY));
        java.time.Instant start = monday.atTime(9, 0).atZone(LegalTime.ZONE).toInstant();
        java.time.Instant end = monday.plusDays(4).atTime(18, 0).atZone(LegalTime.ZONE).toInstant();
        UUID id = accounts.runAs("agency", () -> testing.request(Actors.current(), new TestingRequest(
                "电力调度控制系统渗透测试 Penetration test of the dispatch SCADA", "OPERATOR", creditCode,
                List.of(new TestingRequest.Target("电力调度控制系统 (SCADA)", "HOST", "10.20.0.5", "调度中心 Dispatch centre"),
                        new TestingRequest.Target("电力调度控制系统 (SCADA)", "URL", "https://scada.grid.example.cn/hmi/",
                                "调度中心 Dispatch centre")),
                List.of("PENETRATION_TESTING", "VULNERABILITY_SCANNING"), "No denial of service; no changes to "
                + "control setpoints", List.of(new TestingRequest.Window(start, end)),
                List.of(new TestingRequest.Tester("刘洋 Liu Yang", "示范网络安全测评中心 Demo Assessment Centre",
                        "11010519491231002X")),
                List.of("203.0.113.7", "203.0.113.8"), "刘洋 Liu Yang", "+86 10 5555 0100")).id());
        accounts.runAs("energy-dept", () -> testing.decide(Actors.current(), id, new TestingAuthorizations.Decision(
                "APPROVED", "Stop at once on any degradation of dispatch; report each day's work by 18:00", null)));
        accounts.runAs("grid-officer", () -> testing.decide(Actors.current(), id,
                new TestingAuthorizations.Decision("APPROVED", null, null)));
    }

    /** Seeds once: skipped when the SCADA system already lists components. */
    void seed() {
        accounts.runAs("grid-officer", () -> {
            UUID scada = assets.withStatus(Actors.current(), "CII", PageQuery.of(0, 50, null, Map.of(), "a.id"))
                    .items().stream().filter(a -> a.name().contains("SCADA")).findFirst().orElseThrow().id();
            if (inventory.list(Actors.current(), scada, null, PageQuery.of(0, 1, null, Map.of(), "c.id"))
                    .totalElements() > 0) {
                return null;
            }
            try (InputStream sbom = DemoSupervision.class.getResourceAsStream("/demo/scada-sbom.cdx.json")) {
                return inventory.replace(Actors.current(), scada, SoftwareInventory.Format.CYCLONEDX,
                        sbom.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
