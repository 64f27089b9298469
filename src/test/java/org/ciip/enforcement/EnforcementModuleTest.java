package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.ciip.support.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ciip.enforcement.sanction.SanctionService;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.ApiException;
import org.ciip.shared.person.PersonIdNumber;
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
 * The enforcement module on its own (with the modules it depends on, and the registry for its parties): MPS enters a public security punishment for
 * unauthorized penetration testing (Art. 31) in the sanctions register; the register announces the five-year ban of
 * Art. 43 para 3 to the modules that keep people in key positions, without the offence, and audits the entry; an
 * operator can neither write nor read the register.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "registry")
@Import(EnforcementModuleTest.Clocks.class)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=enforcement_module")
class EnforcementModuleTest {

    /** Where the module's test clock starts: a Monday. */
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
    EnforcementCases cases;
    @Autowired
    MovableClock movableClock;

    @AfterEach
    void resetClock() {
        movableClock.reset();
    }

    @Test
    void anOrderToCorrectThatRunsOutUnansweredEndsInARefusalAndAFineWithinTheRange(Scenario scenario) {
        UUID departmentId = register(organizations, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        Actor department = officer(departmentId, OrganizationKind.PROTECTION_DEPARTMENT, "FINANCE");
        UUID bankId = register(organizations, OrganizationKind.OPERATOR, "FINANCE");
        Actor bank = officer(bankId, OrganizationKind.OPERATOR, "FINANCE");
        CaseView opened = as(department, () -> cases.open(department, new CaseRequests.NewCase("39(9)", bankId, null,
                null, "MANUAL", null, "A purchase of 2026-02-10 without a security agreement with the provider.",
                LocalDate.of(2026, 2, 10), List.of(new CaseRequests.NewPerson("李四", "Head of procurement", null)))));

        AtomicReference<CaseView> ordered = new AtomicReference<>();
        scenario.stimulate(() -> as(department, () -> cases.order(department, opened.id(),
                        new CaseRequests.Order("Sign the security agreement with the provider.", 15, true))))
                .andWaitForEventOfType(CorrectionOrdered.class)
                .toArriveAndVerify((e, view) -> {
                    // 15 days from Monday 2 March 2026 end on Tuesday 17 March (Civil Code Art. 201)
                    assertThat(e.correctBy()).isEqualTo(LocalDate.of(2026, 3, 17));
                    assertThat(e.operatorId()).isEqualTo(bankId);
                    assertThat(e.warned()).isTrue();
                    ordered.set(view);
                });
        assertThat(ordered.get().status()).isEqualTo(CaseStatus.ORDERED);
        assertThatThrownBy(() -> as(department, () -> cases.verify(department, opened.id(),
                new CaseRequests.Verification("REFUSED", "No agreement yet."))))
                .isInstanceOfSatisfying(ApiException.class, p -> {
                    assertThat(p.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
                    assertThat(p.getMessage()).contains("deadline");
                });

        movableClock.advance(java.time.Duration.ofDays(16));
        assertThat(as(bank, () -> cases.find(bank, opened.id())).correctionOverdue()).isTrue();
        CaseView refused = as(department, () -> cases.verify(department, opened.id(),
                new CaseRequests.Verification("REFUSED", "No agreement was signed by the deadline.")));
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);

        CaseRequests.Decision tooLow = new CaseRequests.Decision("REFUSAL_OR_HARM", null, new BigDecimal("50000"),
                null, null, List.of(new CaseRequests.PersonPenalty(1, new BigDecimal("20000"), null)),
                "Refused to correct.", null, null);
        assertThatThrownBy(() -> as(department, () -> cases.decide(department, opened.id(), tooLow)))
                .isInstanceOfSatisfying(ApiException.class, p -> assertThat(p.fieldProblems())
                        .anySatisfy(f -> assertThat(f.message()).contains("100,000").contains("1,000,000")
                                .contains("Cybersecurity Law")));
        assertThat(as(bank, () -> cases.find(bank, opened.id())).status()).as("nothing half-written")
                .isEqualTo(CaseStatus.REFUSED);

        CaseRequests.Decision decision = new CaseRequests.Decision("REFUSAL_OR_HARM", null, new BigDecimal("200000"),
                null, null, List.of(new CaseRequests.PersonPenalty(1, new BigDecimal("20000"), null)),
                "Refused to correct within the period.", null, null);
        scenario.stimulate(() -> as(department, () -> cases.decide(department, opened.id(), decision)))
                .andWaitForEventOfType(PenaltyDecided.class)
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.basisCode()).isEqualTo("CSL_2025_61_2");
                    assertThat(e.unitFine()).isEqualByComparingTo("200000");
                    // decided on 18 March 2026: 60 days end on Sunday 17 May, moved to Monday 18 May
                    assertThat(e.reconsiderationUntil()).isEqualTo(LocalDate.of(2026, 5, 18));
                    assertThat(e.lawsuitUntil()).isEqualTo(LocalDate.of(2026, 9, 18));
                    assertThat(view.persons().getFirst().fine()).isEqualByComparingTo("20000");
                });
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                opened.id().toString())).containsExactly("CASE_OPENED", "CORRECTION_ORDERED", "REFUSAL_FOUND",
                "PENALTY_DECIDED");
    }

    @Autowired
    SanctionService sanctions;
    @Autowired
    PositionBans bans;
    @Autowired
    Organizations organizations;
    @Autowired
    java.time.Clock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPunishmentForUnauthorizedTestingBarsThePersonForFiveYearsAndIsAnnouncedWithTheBanOnly(Scenario scenario) {
        Actor mps = officer(register(organizations, OrganizationKind.MPS, null), OrganizationKind.MPS, null);
        Actor operator = officer(register(organizations, OrganizationKind.OPERATOR, "FINANCE"),
                OrganizationKind.OPERATOR, "FINANCE");
        LocalDate decided = LegalTime.today(clock).minusDays(10);
        String idNumber = "11010519850612" + "301";
        idNumber = idNumber + PersonIdNumber.checkCharacter(idNumber);
        SanctionService.NewSanction punishment = new SanctionService.NewSanction("王五", idNumber,
                "PUBLIC_SECURITY_PUNISHMENT", decided, "31");

        AtomicReference<SanctionRegistered> announced = new AtomicReference<>();
        scenario.stimulate(() -> as(mps, () -> sanctions.register(mps, punishment)))
                .andWaitForEventOfType(SanctionRegistered.class)
                .toArriveAndVerify((e, view) -> {
                    assertThat(e.sanctionId()).isEqualTo(view.id());
                    assertThat(e.barredForLife()).isFalse();
                    assertThat(e.barredUntil()).isEqualTo(decided.plusYears(5));
                    assertThat(e.idHash()).doesNotContain(punishment.idNumber());
                    announced.set(e);
                });

        assertThat(bans.banFor(announced.get().idHash(), decided.plusYears(5)))
                .contains(new PositionBans.PositionBan(decided.plusYears(5), false));
        assertThat(bans.banFor(announced.get().idHash(), decided.plusYears(5).plusDays(1))).isEmpty();
        assertThatThrownBy(() -> as(operator, () -> sanctions.register(operator, punishment)))
                .isInstanceOfSatisfying(ApiException.class,
                        p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThatThrownBy(() -> as(operator, () -> sanctions.get(operator, announced.get().sanctionId())))
                .isInstanceOfSatisfying(ApiException.class,
                        p -> assertThat(p.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ?", String.class,
                announced.get().sanctionId().toString())).isEqualTo(List.of("SANCTION_REGISTERED"));
    }
}
