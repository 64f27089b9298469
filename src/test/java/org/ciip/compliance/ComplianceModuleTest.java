package org.ciip.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.util.Locale;
import java.util.UUID;
import org.ciip.compliance.engine.ComplianceService;
import org.ciip.compliance.engine.ComplianceStatus;
import org.ciip.identification.CiiIdentification;
import org.ciip.identification.IdentificationDecided;
import org.ciip.identification.RuleFiling;
import org.ciip.identification.RuleView;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.ModuleIdentification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The compliance module with the identification module whose facts it evaluates: an operator with no CII has nothing
 * to comply with; once a department identifies its asset as CII (Art. 10), the items of Art. 39 apply, and those whose
 * records are missing are breached.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = {"identification", "registry", "calendar", "audit"})
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=compliance_module")
class ComplianceModuleTest {

    @Autowired
    ComplianceService compliance;
    @Autowired
    RuleFiling filing;
    @Autowired
    CiiIdentification identification;
    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;

    ComplianceStatus status(Actor actor, UUID operator, String article) {
        return compliance.forOperator(actor, operator, compliance.today(), Locale.ENGLISH).items().stream()
                .filter(i -> i.article().equals(article)).findFirst().orElseThrow().status();
    }

    @Test
    void anOperatorIsEvaluatedOnceItsAssetIsIdentifiedAsCiiAndItsMissingRecordsBreachArticle39(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        UUID mpsId = register(organizations, OrganizationKind.MPS, null);
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "FINANCE");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "FINANCE");
        UUID asset = as(operator, () -> assets.register(new AssetRegistry.NewAsset("Payments " + operatorId,
                "INFORMATION_SYSTEM", "FINANCE", 3, "Payments")));
        RuleView rule = ModuleIdentification.activeRule(filing, department,
                officer(mpsId, OrganizationKind.MPS, null), "FINANCE");
        assertThat(status(operator, operatorId, "39(2)")).as("no CII yet").isEqualTo(ComplianceStatus.NOT_APPLICABLE);

        scenario.stimulate(() -> ModuleIdentification.identifyAsCii(identification, department, asset, rule.id()))
                .andWaitForEventOfType(IdentificationDecided.class)
                .matching(e -> e.assetId().equals(asset))
                .toArriveAndVerify(e -> {
                    assertThat(status(operator, operatorId, "39(2)")).as("no measures signed off for its use")
                            .isEqualTo(ComplianceStatus.NON_COMPLIANT);
                    assertThat(status(operator, operatorId, "39(4)")).as("no security management institution")
                            .isEqualTo(ComplianceStatus.NON_COMPLIANT);
                    assertThat(status(department, operatorId, "39(2)")).as("its department reads the same")
                            .isEqualTo(ComplianceStatus.NON_COMPLIANT);
                });
    }
}
