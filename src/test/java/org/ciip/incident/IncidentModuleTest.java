package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.ImpactFigures;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The incident module on its own (with the modules it depends on): a report is announced by its event and audited in
 * its transaction; when the test clock passes a forwarding deadline the sweep reports the missed clock; a transition
 * written from a stale state does not pass.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
// a deployment on the national suite (Art. 50 para 2): receipts hashed with SM3 and signed with SM2
@TestPropertySource(properties = {"ciip.embedded-database.name=incident_module", "ciip.crypto.suite=NATIONAL"})
class IncidentModuleTest {

    /** Where the module's test clock starts. */
    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {

        @Bean
        @Primary
        MovableClock moduleClock() {
            return MovableClock.at(START);
        }
    }

    @Autowired
    IncidentReporting reporting;
    @Autowired
    Incidents incidents;
    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    /** An operator of the energy sector with a CII asset, and the department its reports go to. */
    record World(Actor operator, UUID scada, UUID department) {
    }

    World world() {
        UUID department = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "ENERGY");
        UUID scada = as(operator, () -> assets.register(new AssetRegistry.NewAsset("SCADA " + operatorId,
                "INFORMATION_SYSTEM", "ENERGY", 3, "Dispatching")));
        assets.setCiiStatus(scada, "CII", "identified (test)");
        return new World(operator, scada, department);
    }

    static IncidentRequests.Report majorRansomware(UUID asset, Instant discoveredAt) {
        return new IncidentRequests.Report(List.of(asset), discoveredAt, "Dispatching centre", "MP", null,
                "Ransomware on dispatching workstations", null, null,
                new ImpactFigures(null, null, null, null, 12_000_000L, null, null, null), null, null, null, null,
                null, null, null, null, null);
    }

    List<String> auditedActions(UUID incident) {
        return jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                incident.toString());
    }

    @Test
    void aReportIsAnnouncedToItsRecipientsAndAuditedAndAMissedForwardingClockIsReportedWhenTimePasses(
            Scenario scenario) {
        World world = world();
        IncidentView[] filed = new IncidentView[1];
        scenario.stimulate(() -> as(world.operator(), () -> filed[0] = reporting.report(world.operator(),
                        majorRansomware(world.scada(), START.minus(Duration.ofMinutes(20))))))
                .andWaitForEventOfType(IncidentReported.class)
                .matching(e -> e.incidentId().equals(filed[0].id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.grade()).isEqualTo(Grade.MAJOR);
                    assertThat(e.operatorClass()).isEqualTo("CII_OPERATOR");
                    assertThat(e.recipients()).contains(world.department());
                    assertThat(e.sha256()).isEqualTo(filed[0].receipt().sha256());
                });
        UUID id = filed[0].id();
        assertThat(auditedActions(id)).as("audited in the report's transaction").containsExactly("INCIDENT_REPORTED");

        clock.advance(Duration.ofMinutes(31));
        scenario.stimulate(() -> reporting.markLate())
                .andWaitForEventOfType(IncidentObligationMissed.class)
                .matching(e -> e.incidentId().equals(id) && e.kind().equals("FORWARD_TO_CAC"))
                .toArriveAndVerify(e -> assertThat(e.obligedOrganization()).as("a first recipient forwards")
                        .isIn(filed[0].recipients().stream().map(IncidentView.Recipient::organizationId).toList()));
        assertThat(incidents.obligations(id)).filteredOn(o -> o.kind().startsWith("FORWARD_TO_"))
                .extracting(IncidentView.Obligation::status).containsOnly(ObligationStatus.LATE);
        assertThat(auditedActions(id)).contains("INCIDENT_OBLIGATION_LATE");
    }

    @Autowired
    org.ciip.shared.crypto.DocumentSigner signer;
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void onTheNationalSuiteAReceiptIsHashedWithSm3AndSignedWithSm2AndTheOfflineVerifierAcceptsIt() throws Exception {
        World world = world();
        IncidentView incident = as(world.operator(), () -> reporting.report(world.operator(),
                majorRansomware(world.scada(), START.minus(Duration.ofMinutes(5)))));

        IncidentView.Receipt receipt = incident.receipt();
        assertThat(receipt.hashAlgorithm()).isEqualTo("SM3");
        assertThat(receipt.hash()).isEqualTo(org.ciip.shared.HashAlgorithm.SM3.hex(
                incident.versions().getFirst().content())).isNotEqualTo(receipt.sha256());
        assertThat(receipt.signature().algorithm()).isEqualTo("SM2-SM3");
        assertThat(jdbc.queryForObject("select hash_algorithm || ' ' || hash from incident_version "
                + "where incident_id = ?", String.class, incident.id())).isEqualTo("SM3 " + receipt.hash());

        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(incident);
        String report = org.ciip.support.OfflineCheck.run(dir, signer.publishedKey().publicKeyPem(), json);
        assertThat(report).startsWith("0\n").contains("signature SM2-SM3 by the key given",
                "ok    version 1's content hashes to the receipt (SHA-256 and SM3)");
    }

    @Test
    void aTransitionWrittenFromAStateThatNoLongerHoldsDoesNotPass(Scenario scenario) {
        World world = world();
        IncidentView incident = as(world.operator(), () -> reporting.report(world.operator(),
                majorRansomware(world.scada(), START.minus(Duration.ofMinutes(5)))));
        Incident stale = Incident.of(incident);
        scenario.stimulate(() -> as(world.operator(), () -> reporting.endHandling(world.operator(), incident.id())))
                .andWaitForEventOfType(IncidentHandlingEnded.class)
                .matching(e -> e.incidentId().equals(incident.id()))
                .toArriveAndVerify(e -> assertThat(e.at()).isEqualTo(START));
        assertThat(incidents.transition(stale.endHandling(), clock.instant()))
                .as("a second end of handling read while the incident was still open").isFalse();
        assertThat(incidents.status(incident.id())).contains(IncidentStatus.HANDLING_ENDED);
    }
}
