package org.ciip.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.OrganizationSummary;
import org.ciip.shared.OrganizationKind;
import org.junit.jupiter.api.Test;

class ConfirmingAuthorityTest {

    private final UUID energyBeijing = UUID.randomUUID();
    private final UUID energyNational = UUID.randomUUID();
    private final UUID finance = UUID.randomUUID();
    private final UUID mps = UUID.randomUUID();
    private final UUID cac = UUID.randomUUID();

    private final Map<String, List<UUID>> departments = Map.of("ENERGY", List.of(energyBeijing, energyNational),
            "FINANCE", List.of(finance));
    private final Map<OrganizationKind, List<UUID>> kinds = Map.of(OrganizationKind.MPS, List.of(mps),
            OrganizationKind.CAC, List.of(cac));

    private List<UUID> above(OrganizationKind kind, UUID id, List<String> sectors) {
        OrganizationSummary organization = new OrganizationSummary(id, kind, "n", "n", "c", "110105", null, sectors, 0,
                false);
        return ConfirmingAuthority.above(organization, (sector, region) -> departments.getOrDefault(sector,
                List.of()), k -> kinds.getOrDefault(k, List.of()));
    }

    @Test
    void anOperatorIsConfirmedByTheDepartmentsOfItsSectorsInTheirOrderThenByMps() {
        assertThat(above(OrganizationKind.OPERATOR, UUID.randomUUID(), List.of("ENERGY", "FINANCE")))
                .containsExactly(energyBeijing, energyNational, finance, mps);
    }

    @Test
    void anOperatorWithoutADepartmentForItsSectorFallsToMps() {
        assertThat(above(OrganizationKind.OPERATOR, UUID.randomUUID(), List.of("WATER"))).containsExactly(mps);
    }

    @Test
    void mpsAndTheCacConfirmForEachOtherAndNeverForThemselves() {
        assertThat(above(OrganizationKind.MPS, mps, List.of())).containsExactly(cac);
        assertThat(above(OrganizationKind.CAC, cac, List.of())).containsExactly(mps);
        assertThat(above(OrganizationKind.PROVINCIAL_CAC, UUID.randomUUID(), List.of())).containsExactly(cac, mps);
    }

    @Test
    void aDepartmentAnAgencyOrASupplierIsConfirmedByMps() {
        assertThat(above(OrganizationKind.PROTECTION_DEPARTMENT, energyNational, List.of("ENERGY")))
                .containsExactly(mps);
        assertThat(above(OrganizationKind.SERVICE_AGENCY, UUID.randomUUID(), List.of())).containsExactly(mps);
        assertThat(above(OrganizationKind.SUPPLIER, UUID.randomUUID(), List.of())).containsExactly(mps);
    }

    @Test
    void thePlatformsOwnOrganizationHasNobodyAbove() {
        assertThat(above(OrganizationKind.PLATFORM_ADMIN, UUID.randomUUID(), List.of())).isEmpty();
    }

    @Test
    void theArticleCitedIsEightForAnOperatorAndThreeForTheOthers() {
        assertThat(ConfirmingAuthority.article(OrganizationKind.OPERATOR)).isEqualTo("Art. 8");
        assertThat(ConfirmingAuthority.article(OrganizationKind.SUPPLIER)).isEqualTo("Art. 3");
    }
}
