package org.ciip.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The registry module on its own (with the audit trail, which writes the entries of its events): the platform
 * administrator registers an operator, the operator registers a candidate CII asset, its sector's department sees it
 * and another operator does not; each change is announced by its event and audited in its transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "audit")
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=registry_module")
class RegistryModuleTest {

    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOperatorRegistersACandidateAssetThatItsDepartmentSeesAndNoOtherOperatorAndEachStepIsAudited(
            Scenario scenario) {
        AtomicReference<UUID> operatorId = new AtomicReference<>();
        scenario.stimulate(() -> register(organizations, OrganizationKind.OPERATOR, "ENERGY"))
                .andWaitForEventOfType(OrganizationRegistered.class)
                .matching(e -> e.kind() == OrganizationKind.OPERATOR)
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.organizationId()).isEqualTo(id);
                    assertThat(e.sectors()).containsExactly("ENERGY");
                    operatorId.set(id);
                });
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        UUID otherId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        Actor operator = officer(operatorId.get(), OrganizationKind.OPERATOR, "ENERGY");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        Actor other = officer(otherId, OrganizationKind.OPERATOR, "ENERGY");

        AtomicReference<UUID> assetId = new AtomicReference<>();
        scenario.stimulate(() -> as(operator, () -> assets.register(new AssetRegistry.NewAsset("Dispatch SCADA",
                        "INFORMATION_SYSTEM", "ENERGY", 4, "Grid dispatch"))))
                .andWaitForEventOfType(AssetRegistered.class)
                .toArriveAndVerify((e, id) -> {
                    assertThat(e.assetId()).isEqualTo(id);
                    assertThat(e.operatorId()).isEqualTo(operatorId.get());
                    assertThat(e.imported()).isFalse();
                    assetId.set(id);
                });

        AssetRegistry.AssetSummary seen = as(department, () -> assets.visible(department, assetId.get()));
        assertThat(seen.name()).isEqualTo("Dispatch SCADA");
        assertThat(seen.ciiStatus()).isEqualTo("CANDIDATE");
        assertThatThrownBy(() -> as(other, () -> assets.visible(other, assetId.get())))
                .isInstanceOfSatisfying(ApiException.class,
                        p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(jdbc.queryForList("select action from audit_entry where object_id in (?, ?) order by id",
                String.class, operatorId.get().toString(), assetId.get().toString()))
                .isEqualTo(List.of("ORGANIZATION_REGISTERED", "ASSET_REGISTERED"));
    }
}
