package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.support.ModuleParties.as;
import static org.ciip.support.ModuleParties.officer;
import static org.ciip.support.ModuleParties.register;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ciip.identity.account.AccountService;
import org.ciip.identity.token.ApiTokenService;
import org.ciip.registry.Organizations;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The identity module on its own (with the registry and the audit trail): the platform administrator creates an
 * operator's account; a token issued to it stands for the account's organization until it is revoked; five failed
 * sign-ins in a row lock the account, and each step is audited.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
// a context of its own that no other test reuses: closed after the class, so that its connections go back
@DirtiesContext
@TestPropertySource(properties = "ciip.embedded-database.name=identity_module")
class IdentityModuleTest {

    @Autowired
    AccountService accounts;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Organizations organizations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAccountsTokenStandsForItsOrganizationUntilRevokedAndFiveFailedSignInsLockIt(Scenario scenario) {
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "FINANCE");
        Actor administrator = officer(register(organizations, OrganizationKind.PLATFORM_ADMIN, null),
                OrganizationKind.PLATFORM_ADMIN, null);
        String username = "officer-" + operatorId.toString().substring(0, 8);

        scenario.stimulate(() -> as(administrator, () -> accounts.create(new Accounts.NewAccount(username,
                        "陈静", operatorId, Set.of(Role.SECURITY_OFFICER), "a long enough password", null))))
                .andWaitForStateChange(() -> accounts.findByUsername(username), java.util.Optional::isPresent)
                .andVerify((account, id) -> {
                    assertThat(account.orElseThrow().id()).isEqualTo(id);
                    assertThat(account.orElseThrow().organizationId()).isEqualTo(operatorId);
                });
        assertThat(accounts.hasPassword(username, "a long enough password")).isTrue();

        AccountService.AccountRecord account = accounts.findByUsername(username).orElseThrow();
        Actor signedIn = accounts.runAs(username, org.ciip.shared.Actors::current);
        ApiTokenService.IssuedToken token = as(signedIn, () -> tokens.issue(signedIn, "SIEM"));
        Actor presented = tokens.authenticate(token.token()).orElseThrow();
        assertThat(presented.organizationId()).isEqualTo(operatorId);
        assertThat(presented.is(OrganizationKind.OPERATOR)).isTrue();
        as(signedIn, () -> {
            tokens.revoke(signedIn, token.id());
            return null;
        });
        assertThat(tokens.authenticate(token.token())).as("revoked").isEmpty();
        assertThat(tokens.authenticate("ciip_" + "x".repeat(43))).as("never issued").isEmpty();

        for (int i = 0; i < 5; i++) {
            org.ciip.shared.Actors.asSystem(() -> accounts.recordFailure(username));
        }
        assertThat(accounts.findByUsername(username).orElseThrow().lockedUntil()).isNotNull();
        assertThat(jdbc.queryForList("select action from audit_entry where object_id in (?, ?) order by id",
                String.class, account.id().toString(), token.id().toString())).isEqualTo(List.of("ACCOUNT_CREATED",
                "API_TOKEN_ISSUED", "API_TOKEN_REVOKED", "ACCOUNT_LOCKED"));
    }

    @Test
    void theAdministratorProposesAnAccountThatTheOrganizationsOfficerConfirms(Scenario scenario) {
        UUID operatorId = register(organizations, OrganizationKind.OPERATOR, "ENERGY");
        Actor administrator = officer(register(organizations, OrganizationKind.PLATFORM_ADMIN, null),
                OrganizationKind.PLATFORM_ADMIN, null);
        String suffix = operatorId.toString().substring(0, 8);
        scenario.stimulate(() -> as(administrator, () -> accounts.create(new Accounts.NewAccount("first-" + suffix,
                        "First officer", operatorId, Set.of(Role.SECURITY_OFFICER), "first officer passphrase", null))))
                .andWaitForEventOfType(AccountProposed.class)
                .matching(e -> e.organizationId().equals(operatorId))
                .toArriveAndVerify(e -> assertThat(e.confirmationNeeded()).as("nobody to confirm the first")
                        .isFalse());

        UUID staff = as(administrator, () -> accounts.create(new Accounts.NewAccount("staff-" + suffix, "Staff",
                operatorId, Set.of(Role.STAFF), "staff member passphrase", null)));
        assertThat(accounts.findByUsername("staff-" + suffix).orElseThrow().active()).isFalse();
        Actor first = accounts.runAs("first-" + suffix, org.ciip.shared.Actors::current);

        scenario.stimulate(() -> as(first, () -> {
                    accounts.decide(staff, true, null);
                    return staff;
                }))
                .andWaitForEventOfType(AccountDecided.class)
                .matching(e -> e.accountId().equals(staff))
                .toArriveAndVerify(e -> {
                    assertThat(e.confirmed()).isTrue();
                    assertThat(e.decidedBy()).isEqualTo("first-" + suffix);
                    assertThat(accounts.findByUsername("staff-" + suffix).orElseThrow().active()).isTrue();
                });
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ? order by id", String.class,
                staff.toString())).isEqualTo(List.of("ACCOUNT_PROPOSED", "ACCOUNT_CONFIRMED"));
    }
}
