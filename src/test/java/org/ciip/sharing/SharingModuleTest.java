package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.util.List;
import java.util.UUID;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.sharing.stix.StixCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The sharing module on its own (with the modules it reads, and the audit trail that records its events): the energy
 * department opens its sector's collection and shares an indicator; an operator of the sector reads it and adds a
 * sighting of it; an operator of another sector does not find the collection; each step is an event and an audit
 * entry.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@ActiveProfiles("test")
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=sharing_module")
class SharingModuleTest {

    @Autowired
    SharingGroups groups;
    @Autowired
    ThreatExchange exchange;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDepartmentsIndicatorReachesItsSectorWhoseOperatorAddsASighting(Scenario scenario) {
        Actor department = officer(register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY"),
                OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        Actor operator = officer(register(organizations, OrganizationKind.OPERATOR, "ENERGY"),
                OrganizationKind.OPERATOR, "ENERGY");
        Actor elsewhere = officer(register(organizations, OrganizationKind.OPERATOR, "FINANCE"),
                OrganizationKind.OPERATOR, "FINANCE");

        scenario.stimulate(() -> as(department, () -> groups.open(department,
                new SharingGroups.OpenRequest("ENERGY", "能源行业威胁共享", "Energy sharing", null))))
                .andWaitForEventOfType(CollectionOpened.class)
                .toArriveAndVerify((e, opened) -> {
                    assertThat(e.collectionId()).isEqualTo(opened.id());
                    assertThat(e.sector()).isEqualTo("ENERGY");
                });
        CollectionView opened = as(department, () -> groups.collections(department)).getFirst();
        String indicator = "indicator--" + UUID.randomUUID();
        scenario.stimulate(() -> as(department, () -> exchange.add(department, opened.id(), StixCodec.MAPPER.readTree(
                SharingFixtures.envelope(SharingFixtures.indicator(indicator, "2026-11-01T00:00:00.000Z", Tlp.AMBER,
                        "198.51.100.5", ""))))))
                .andWaitForEventOfType(ObjectsAdded.class)
                .toArriveAndVerify(e -> assertThat(e.accepted()).isEqualTo(1));

        ObjectPage read = as(operator, () -> exchange.objects(operator, opened.id(), ObjectQuery.taxii(null, null,
                null, List.of(), List.of("indicator"), List.of(), List.of())));
        assertThat(read.objects()).extracting(SharedObject::stixId).containsExactly(indicator);
        scenario.stimulate(() -> as(operator, () -> exchange.add(operator, opened.id(), StixCodec.MAPPER.readTree("""
                {"objects": [{"type": "sighting", "spec_version": "2.1", "id": "sighting--%s",
                  "created": "2026-11-02T00:00:00.000Z", "modified": "2026-11-02T00:00:00.000Z",
                  "sighting_of_ref": "%s", "object_marking_refs": ["%s"]}]}"""
                .formatted(UUID.randomUUID(), indicator, Tlp.AMBER.markingId())))))
                .andWaitForEventOfType(ObjectsAdded.class)
                .matching(e -> e.addedBy().equals(operator.organizationId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.sightings()).isEqualTo(1);
                    assertThat(e.addedBy()).isEqualTo(operator.organizationId());
                });

        assertThat(as(elsewhere, () -> groups.collections(elsewhere))).isEmpty();
        assertThat(jdbc.queryForList("select action from audit_entry where object_type = 'SharingCollection'"
                + " and object_id = ? order by seq", String.class, opened.id().toString())).containsExactly(
                        "SHARING_COLLECTION_OPENED", "SHARING_OBJECTS_ADDED", "SHARING_OBJECTS_ADDED");
    }
}
