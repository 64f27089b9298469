package org.ciip.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.ciip.identity.Accounts;
import org.ciip.shared.Role;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 23, finding 3: a database seeded once keeps its demo accounts, but a start without demo mode disables them
 * (and only them). Run inside a transaction that is rolled back, so the other tests keep their demo world.
 */
@RunningCiip
class DemoModeOffTest {

    @Autowired
    DemoWorld world;
    @Autowired
    Accounts accounts;
    @Autowired
    AuthenticationManager authentication;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private void signIn(String username, String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void aStartWithoutDemoModeDisablesEveryDemoAccountAndNoOther() {
        transaction.executeWithoutResult(status -> {
            UUID grid = jdbc.queryForObject("select organization_id from account where username = 'grid-officer'",
                    UUID.class);
            UUID person = accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount("real-grid-person",
                    "Real person", grid, Set.of(Role.STAFF), "a-real-persons-secret")));
            accounts.runAs("grid-officer", () -> {
                accounts.decide(person, true, null);
                return null;
            });

            world.start(false);

            for (String demo : DemoWorld.ACCOUNTS) {
                assertThatThrownBy(() -> signIn(demo, Http.DEMO_PASSWORD)).as(demo)
                        .isInstanceOf(DisabledException.class);
            }
            signIn("real-grid-person", "a-real-persons-secret");
            assertThat(jdbc.queryForObject("select count(*) from account where demo and enabled", Long.class))
                    .isZero();

            world.start(true);
            signIn("grid-officer", Http.DEMO_PASSWORD);
            status.setRollbackOnly();
        });
        // the rolled-back transaction left the demo world as it was
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("grid-officer",
                Http.DEMO_PASSWORD));
    }
}
