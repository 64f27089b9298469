package org.ciip.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The supervision module on its own (with the registry, and the audit trail that records its events): the energy
 * department's orange warning for a vulnerable log4j range reaches the operator whose SCADA SBOM lists log4j-core
 * 2.14.1, with the asset named; the operator acknowledges within the clock and marks the asset fixed; each step is
 * an event and an audit entry.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=supervision_module")
class SupervisionModuleTest {

    @Autowired
    EarlyWarnings warnings;
    @Autowired
    SoftwareInventory inventory;
    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestingAuthorizations testing;

    @Test
    void anOrangeWarningReachesTheOperatorWhoseSbomListsTheLibraryWhichAcknowledgesAndFixesIt(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "ENERGY");
        UUID scada = as(operator, () -> assets.register(new AssetRegistry.NewAsset("Dispatch SCADA",
                "INFORMATION_SYSTEM", "ENERGY", 4, "Grid dispatch")));
        as(operator, () -> inventory.replace(operator, scada, SoftwareInventory.Format.CYCLONEDX, """
                {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1, "components": [
                  {"type": "application", "name": "hmi", "version": "7.2", "components": [
                    {"type": "library", "name": "log4j-core", "version": "2.14.1",
                     "purl": "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"}]}]}"""
                .getBytes(StandardCharsets.UTF_8)));
        WarningRequest log4Shell = new WarningRequest("Apache Log4j2 远程代码执行漏洞", "Apache Log4j2 remote code execution",
                null, null, "ORANGE", "VULNERABILITY", List.of("CVE-2021-44228"),
                List.of(new WarningRequest.ProductRequest("pkg:maven/org.apache.logging.log4j/log4j-core", null,
                        List.of(new VersionRange("2.0-beta9", "2.15.0", null)))),
                "Upgrade log4j-core to 2.17.1.", List.of(), null, null, null, false);

        AtomicReference<UUID> warningId = new AtomicReference<>();
        scenario.stimulate(() -> as(department, () -> warnings.issue(department, log4Shell)))
                .andWaitForEventOfType(WarningIssued.class)
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.warningId()).isEqualTo(view.id());
                    assertThat(e.level()).isEqualTo(WarningLevel.ORANGE);
                    assertThat(e.reached()).extracting(Reached::operatorId).containsExactly(operatorId);
                    assertThat(e.reached().getFirst().matchedAssets()).containsExactly("Dispatch SCADA");
                    warningId.set(e.warningId());
                });
        scenario.stimulate(() -> as(operator, () -> warnings.acknowledge(operator, warningId.get())))
                .andWaitForEventOfType(WarningAcknowledged.class)
                .toArriveAndVerify(e -> assertThat(e.late()).isFalse());
        WarningView fixed = as(operator, () -> warnings.respond(operator, warningId.get(), scada,
                new ResponseRequest("FIXED", null, null, "Upgraded to log4j-core 2.17.1 (change 4711)")));
        assertThat(fixed.matchedAssets().getFirst().status()).isEqualTo(ResponseStatus.FIXED);
        WarningView.Counts counts = as(department, () -> warnings.find(department, warningId.get())).counts();
        assertThat(counts.reached()).isOne();
        assertThat(counts.acknowledgedOnTime()).isOne();
        assertThat(counts.assetsResolved()).isOne();
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                warningId.get().toString())).isEqualTo(List.of("WARNING_ISSUED", "WARNING_ACKNOWLEDGED",
                "WARNING_RESPONDED"));
    }

    @Test
    void anAgencysRequestToTestTheScadaSystemIsAuthorizedByTheOperatorAndItsDepartmentAndNumbered(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        UUID agencyId = register(organizations, OrganizationKind.SERVICE_AGENCY, null);
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "ENERGY");
        Actor agency = officer(agencyId, OrganizationKind.SERVICE_AGENCY, null);
        UUID scada = as(operator, () -> assets.register(new AssetRegistry.NewAsset("Dispatch SCADA 2",
                "INFORMATION_SYSTEM", "ENERGY", 4, "Grid dispatch")));
        as(department, () -> {
            assets.setCiiStatus(scada, "CII", "identified in the module test");
            return null;
        });
        String creditCode = organizations.find(operatorId).orElseThrow().creditCode();
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(7))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        TestingRequest request = new TestingRequest("Penetration test of dispatch SCADA", "OPERATOR", creditCode,
                List.of(new TestingRequest.Target("Dispatch SCADA 2", "HOST", "10.20.0.5", "Dispatch centre")),
                List.of("PENETRATION_TESTING"), null, List.of(new TestingRequest.Window(start,
                start.plus(java.time.Duration.ofDays(3)))),
                List.of(new TestingRequest.Tester("Liu Yang", "Demo Assessment Centre", "11010519491231002X")),
                List.of("203.0.113.7", "203.0.113.8"), "Liu Yang", "+86 10 5555 0100");

        AtomicReference<UUID> id = new AtomicReference<>();
        scenario.stimulate(() -> as(agency, () -> testing.request(agency, request)))
                .andWaitForEventOfType(TestingRequested.class)
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.to()).containsExactlyInAnyOrder(operatorId, departmentId);
                    assertThat(view.steps()).extracting(TestingView.Step::party).containsExactlyInAnyOrder(
                            TestingRoute.ApprovalParty.OPERATOR, TestingRoute.ApprovalParty.DEPARTMENT);
                    id.set(e.authorizationId());
                });
        scenario.stimulate(() -> as(department, () -> testing.decide(department, id.get(),
                        new TestingAuthorizations.Decision("APPROVED", "Stop on any degradation", null))))
                .andWaitForEventOfType(TestingStepDecided.class)
                .toArriveAndVerify((e, view) -> assertThat(view.status()).isEqualTo(TestingStatus.REQUESTED));
        scenario.stimulate(() -> as(operator, () -> testing.decide(operator, id.get(),
                        new TestingAuthorizations.Decision("APPROVED", null, null))))
                .andWaitForEventOfType(TestingAuthorized.class)
                .toArriveAndVerify((e, view) -> {
                    assertThat(view.status()).isEqualTo(TestingStatus.AUTHORIZED);
                    assertThat(e.number()).isEqualTo(view.number());
                    assertThat(e.to()).contains(agencyId);
                });
        Verification verification = testing.verify(as(agency, () -> testing.find(agency, id.get())).number(),
                "203.0.113.9", "10.20.0.5");
        assertThat(verification.reason()).isEqualTo("OUTSIDE_WINDOW");
        assertThat(verification.sourceInScope()).isFalse();
        assertThat(verification.targetInScope()).isTrue();
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                id.get().toString())).isEqualTo(List.of("TESTING_REQUESTED", "TESTING_STEP_DECIDED",
                "TESTING_STEP_DECIDED", "TESTING_AUTHORIZED"));
    }
}
