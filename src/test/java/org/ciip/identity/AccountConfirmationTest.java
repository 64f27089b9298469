package org.ciip.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Role;
import org.ciip.registry.Organizations;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 23, finding 2 (DESIGN.md §3): the platform administrator proposes accounts; the organization's principal or
 * security officer confirms them. The administrator cannot reach an operator's case content by making itself an
 * account there.
 */
@RunningCiip
class AccountConfirmationTest {

    private static final String PASSPHRASE = "harbour-lantern-evening";

    @Autowired
    Http http;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ciip.registry.Organizations organizations;

    private UUID grid() {
        return jdbc.queryForObject("select organization_id from account where username = 'grid-officer'", UUID.class);
    }

    private Http.Response proposeOnTheForm(String username, String role) {
        String admin = http.signIn("admin");
        return http.postForm("/admin/accounts?lang=en", admin, "/admin/accounts/new", "username", username,
                "displayName", "Proposed " + username, "organizationId", grid().toString(), "roles", role,
                "password", PASSPHRASE);
    }

    private Http.Response token(String username) {
        return http.post("/api/v1/auth/tokens", null, "{\"username\":\"" + username + "\",\"password\":\"" + PASSPHRASE
                + "\"}");
    }

    @Test
    void anAccountTheAdministratorMakesInAnOperatorSignsInOnlyOnceTheOperatorsSecurityOfficerConfirmsIt() {
        Http.Response proposed = proposeOnTheForm("proposed-staff", "STAFF");
        assertThat(proposed.status()).isEqualTo(302);
        UUID id = jdbc.queryForObject("select id from account where username = 'proposed-staff'", UUID.class);
        assertThat(token("proposed-staff").status()).as("not confirmed yet").isEqualTo(401);
        assertThat(http.submitSignIn("proposed-staff", PASSPHRASE).header("Location")).contains("error");

        String officer = http.signIn("grid-officer");
        assertThat(http.send(http.request("/inbox?lang=en", null).header("Cookie", officer).GET()).body())
                .contains("proposed an account for your organization", "proposed-staff");
        String page = http.send(http.request("/organization/accounts?lang=en", null).header("Cookie", officer).GET())
                .body();
        assertThat(page).contains("id=\"account-proposed-staff\"", "Awaiting your confirmation");

        String bank = http.signIn("bank-officer");
        assertThat(http.postForm("/organization/accounts/" + id + "/confirmation", bank, "/organization/accounts")
                .status()).as("another organization's officer").isEqualTo(404);
        assertThat(token("proposed-staff").status()).isEqualTo(401);

        assertThat(http.postForm("/organization/accounts/" + id + "/confirmation", officer, "/organization/accounts")
                .status()).isEqualTo(302);
        assertThat(token("proposed-staff").status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select decided_by from account where id = ?", String.class, id))
                .isEqualTo("grid-officer");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_CONFIRMED' "
                + "and object_id = ?", Long.class, id.toString())).isOne();
        assertThat(http.postForm("/organization/accounts/" + id + "/rejection", officer, "/organization/accounts",
                "reason", "too late").status()).as("decided once").isEqualTo(302);
        assertThat(token("proposed-staff").status()).isEqualTo(201);
    }

    @Test
    void anAccountWithAnApprovingRoleThatTheOperatorRejectsNeverSignsInAndReadsNothing() {
        proposeOnTheForm("admin-in-disguise", "SECURITY_OFFICER");
        UUID id = jdbc.queryForObject("select id from account where username = 'admin-in-disguise'", UUID.class);
        String officer = http.signIn("grid-officer");
        Http.Response noReason = http.postForm("/organization/accounts/" + id + "/rejection?lang=en", officer,
                "/organization/accounts");
        assertThat(noReason.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select confirmation from account where id = ?", String.class, id))
                .as("a rejection needs a reason").isEqualTo("PROPOSED");
        assertThat(http.postForm("/organization/accounts/" + id + "/rejection", officer, "/organization/accounts",
                "reason", "We do not know this person").status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select confirmation from account where id = ?", String.class, id))
                .isEqualTo("REJECTED");
        assertThat(token("admin-in-disguise").status()).isEqualTo(401);
        assertThat(http.postForm("/organization/accounts/" + id + "/confirmation", officer, "/organization/accounts")
                .status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select confirmation from account where id = ?", String.class, id))
                .as("a rejected account stays rejected").isEqualTo("REJECTED");
    }

    /** What the administrator manages, and reference data every party reads: everything else is case content. */
    private static final java.util.List<String> ADMINISTRATORS_OWN = java.util.List.of("/api/v1/organizations",
            "/api/v1/audit", "/api/v1/calendar", "/api/v1/inbox", "/api/v1/webhooks", "/api/v1/auth",
            "/api/v1/penalties", "/api/v1/incidents/grading-guide", "/api/v1/compliance/parameters",
            "/api/v1/identification-rules", "/api/v1/warnings/deadlines", "/api/v1/testing-authorizations/periods",
            "/api/v1/inspections/overlap-window", "/api/v1/sharing/patterns", "/api/v1/signing-key");

    @Test
    void theAdministratorReadsNoCaseContentThroughAnyGetOfTheApi() {
        String admin = http.token("admin");
        String grid = grid().toString();
        java.util.List<String> leaks = new java.util.ArrayList<>();
        int asked = 0;
        JsonNode paths = http.get("/v3/api-docs", null).json().get("paths");
        for (String template : paths.propertyNames()) {
            JsonNode get = paths.get(template).get("get");
            if (get == null || ADMINISTRATORS_OWN.stream().anyMatch(template::startsWith)) {
                continue;
            }
            String path = template.replace("/operators/{id}/", "/operators/" + grid + "/");
            if (path.contains("{")) {
                continue; // a record's own id: the lists it is found in are asked instead
            }
            asked++;
            Http.Response r = http.get(path, admin);
            boolean refused = r.status() == 403 || r.status() == 404;
            boolean empty = r.status() == 200 && r.json().path("items").isArray() && r.json().path("items").isEmpty();
            if (!refused && !empty) {
                leaks.add(path + " -> " + r.status() + " " + (r.body().length() > 200 ? r.body().substring(0, 200)
                        : r.body()));
            }
        }
        assertThat(asked).isGreaterThan(15);
        assertThat(leaks).isEmpty();
    }

    @Test
    void anOrganizationWithoutAnApproverGetsItsFirstAccountAtOnceAndIsTold() {
        String code = String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000)) + "W";
        UUID supplier = organizations.register(new Organizations.OrganizationRegistration(
                org.ciip.shared.OrganizationKind.SUPPLIER, "Test supplier " + code, "Test supplier " + code,
                org.ciip.registry.UnifiedSocialCreditCode.complete("91110000" + code), "110105", null,
                java.util.List.of())).id();
        accounts.runAs("admin", () -> accounts.create(new Accounts.NewAccount("first-of-" + code.toLowerCase(),
                "First contact", supplier, Set.of(Role.STAFF), PASSPHRASE)));
        assertThat(token("first-of-" + code.toLowerCase()).status()).isEqualTo(201);
        String session = Http.sessionCookie(http.submitSignIn("first-of-" + code.toLowerCase(), PASSPHRASE));
        assertThat(http.send(http.request("/inbox?lang=en", null).header("Cookie", session).GET()).body())
                .contains("created the first account of your organization");
    }
}
