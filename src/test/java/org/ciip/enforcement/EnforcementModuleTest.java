package org.ciip.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.time.LocalDate;
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
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=enforcement_module")
class EnforcementModuleTest {

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
