package org.ciip.obligations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ciip.obligations.assessment.AssessmentService;
import org.ciip.obligations.assessment.AssessmentStatus;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
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
 * The obligations module on its own (with the modules it depends on): an operator's yearly assessment (Art. 17) is
 * submitted to the department of its sector and accepted, each step announced by its event and audited in its
 * transaction.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=obligations_module")
class ObligationsModuleTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    Organizations organizations;
    @Autowired
    AssetRegistry assets;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAssessmentSubmittedToTheSectorsDepartmentIsAcceptedAndEachStepIsAnnouncedAndAudited(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "FINANCE");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        Actor operator = officer(operatorId, OrganizationKind.OPERATOR, "FINANCE");
        UUID asset = as(operator, () -> assets.register(new AssetRegistry.NewAsset("Core banking " + operatorId,
                "INFORMATION_SYSTEM", "FINANCE", 3, "Deposits")));
        LocalDate today = LegalTime.today(clock);
        UUID id = as(operator, () -> assessments.create(operator, operatorId, new AssessmentService.AssessmentRequest(
                asset, today.getYear(), "SELF", null, "Whole system", today.minusDays(10), today.minusDays(1)))).id();

        scenario.stimulate(() -> as(operator, () -> assessments.submit(operator, id)))
                .andWaitForEventOfType(AssessmentSubmitted.class)
                .matching(e -> e.assessmentId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.departments()).containsExactly(departmentId);
                    assertThat(e.findings()).isZero();
                });
        scenario.stimulate(() -> as(department, () -> assessments.decide(department, id,
                        new AssessmentService.DecisionRequest("ACCEPTED", null))))
                .andWaitForEventOfType(AssessmentDecided.class)
                .matching(e -> e.assessmentId().equals(id))
                .toArriveAndVerify(e -> {
                    assertThat(e.decision()).isEqualTo("ACCEPTED");
                    assertThat(e.operatorId()).isEqualTo(operatorId);
                });
        assertThat(as(operator, () -> assessments.get(operator, id)).status()).isEqualTo(AssessmentStatus.ACCEPTED);
        // the department read the assessment it decided, for that assessment (Art. 30); the operator reads its own
        assertThat(jdbc.queryForList("select action || coalesce(' ' || purpose, '') from audit_entry where object_id = ?"
                + " order by id", String.class, id.toString())).isEqualTo(List.of("ASSESSMENT_CREATED",
                "ASSESSMENT_SUBMITTED", "PROTECTED_READ ASSESSMENT " + id, "ASSESSMENT_ACCEPTED"));
    }
}
