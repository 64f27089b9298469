package org.ciip.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.ModuleIdentification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The identification module on its own (with the modules it depends on): a rule goes from draft to active through
 * MPS's record, a candidate asset identified with it becomes CII, and each step is announced by its event and audited
 * in its transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=identification_module")
class IdentificationModuleTest {

    @Autowired
    RuleFiling filing;
    @Autowired
    CiiIdentification identification;
    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;
    @Autowired
    JdbcTemplate jdbc;

    List<String> audited(Object id) {
        return jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                id.toString());
    }

    @Test
    void aRuleFiledWithMpsAndActivatedIdentifiesACandidateAssetAsCiiAndEveryStepIsAudited(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        UUID mpsId = register(organizations, OrganizationKind.MPS, null);
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "ENERGY");
        Actor mps = officer(mpsId, OrganizationKind.MPS, null);
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "ENERGY");
        UUID asset = as(operator, () -> assets.register(new AssetRegistry.NewAsset("Dispatching " + operatorId,
                "INFORMATION_SYSTEM", "ENERGY", 3, "Dispatching")));

        RuleView drafted = as(department, () -> filing.draft(department, new RuleFiling.RuleDraft("ENERGY",
                "Energy rule", null, ModuleIdentification.anyFactorHighest(), null)));
        scenario.stimulate(() -> as(department, () -> filing.filing(department, drafted.id(), null)))
                .andWaitForEventOfType(IdentificationRuleSubmitted.class)
                .matching(e -> e.ruleId().equals(drafted.id()))
                .toArriveAndVerify(e -> assertThat(e.mps()).contains(mpsId));
        as(mps, () -> filing.filing(mps, drafted.id(), new RuleFiling.FilingRecord(LocalDate.of(2026, 11, 20),
                "MPS-2026-100")));
        RuleView active = as(department, () -> filing.activate(department, drafted.id()));
        assertThat(active.status()).isEqualTo(RuleStatus.ACTIVE);
        assertThat(audited(drafted.id())).containsExactly("IDENTIFICATION_RULE_DRAFTED",
                "IDENTIFICATION_RULE_SUBMITTED", "IDENTIFICATION_RULE_FILED", "IDENTIFICATION_RULE_ACTIVATED");

        DecisionRequest request = new DecisionRequest(asset, drafted.id(),
                Map.of("dispatch", 3, "outage", 2, "dependents", 1),
                Map.of("IMPORTANCE", "Real-time dispatching", "HARM", "Regional outage",
                        "CROSS_SECTOR_IMPACT", "Rail depends on it"), "CII", null);
        scenario.stimulate(() -> as(department, () -> identification.identify(department, request)))
                .andWaitForEventOfType(IdentificationDecided.class)
                .matching(e -> e.assetId().equals(asset))
                .toArriveAndVerify(e -> {
                    assertThat(e.kind()).isEqualTo(DecisionKind.IDENTIFICATION);
                    assertThat(e.cii()).isTrue();
                    assertThat(e.againstRecommendation()).isFalse();
                    assertThat(e.recipients()).containsExactly(operatorId, mpsId);
                    assertThat(audited(e.decisionId())).containsExactly("CII_IDENTIFIED");
                });
        assertThat(as(operator, () -> assets.visible(operator, asset)).ciiStatus()).isEqualTo("CII");
    }
}
