package org.ciip.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.ciip.identity.Accounts;
import org.ciip.registry.Organizations;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Organizations and accounts made for one test, so that what a test records about an operator's program is not mixed
 * with what other tests record about the demo operators.
 */
@Component
public class FreshOperators {

    private final Organizations organizations;
    private final Accounts accounts;
    // a second CIIP started by a test scans this class too, without the test's Http
    private final ObjectProvider<Http> http;

    FreshOperators(Organizations organizations, Accounts accounts, ObjectProvider<Http> http) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.http = http;
    }

    /** An organization with one security officer, whose username is answered with its id. */
    public Party create(OrganizationKind kind, String sector) {
        String code = String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000)).substring(0, 8) + "X";
        String creditCode = UnifiedSocialCreditCode.complete("91110000" + code);
        UUID id = organizations.register(new Organizations.OrganizationRegistration(kind, "Test " + kind + " "
                + code, "Test " + kind + " " + code, creditCode, "110105", null,
                sector == null ? List.of() : List.of(sector))).id();
        String username = "t-" + code.toLowerCase();
        accounts.createDemoAccount(new Accounts.NewAccount(username, "Officer " + code, id,
                Set.of(Role.SECURITY_OFFICER), Http.DEMO_PASSWORD));
        // a security officer signs in with a second factor
        http.getObject().enrolWithDemoSecret(username);
        return new Party(id, username);
    }

    public Party operator(String sector) {
        return create(OrganizationKind.OPERATOR, sector);
    }

    /** An operator of the sector with one CII asset (a finance system, identified by the finance department). */
    public Party ciiOperator(String sector) {
        Party operator = operator(sector);
        ciiAsset(operator);
        return operator;
    }

    public record Party(UUID id, String username) {
    }

    /**
     * An information system of a finance operator, registered through the API and identified as CII by the finance
     * department under its active rule, as the law has it (Art. 10); answered with its id.
     */
    public String ciiAsset(Party operator) {
        Http http = this.http.getObject();
        String id = http.post("/api/v1/assets", http.token(operator.username()), """
                {"name": "System %s", "kind": "INFORMATION_SYSTEM", "sector": "FINANCE", "mlpsLevel": 3,
                 "coreBusiness": "Deposits and payments"}""".formatted(UUID.randomUUID())).json().get("id").asString();
        identifyAsCii(id);
        return id;
    }

    /** The finance department identifies a finance asset as CII under its active rule (Art. 10). */
    public void identifyAsCii(String assetId) {
        Http http = this.http.getObject();
        String dept = http.token("finance-dept");
        String rule = null;
        for (JsonNode r : http.get("/api/v1/identification-rules?status=ACTIVE", dept).json()) {
            if (r.get("sector").asString().equals("FINANCE")) {
                rule = r.get("id").asString();
            }
        }
        Http.Response decided = http.post("/api/v1/identifications", dept, """
                {"assetId": "%s", "ruleId": "%s",
                 "ratings": {"transactions": 4, "funds": 4, "customer-data": 4, "payments": 3},
                 "justifications": {"IMPORTANCE": "Processes deposits", "HARM": "Funds at risk",
                                    "CROSS_SECTOR_IMPACT": "Interbank clearing"},
                 "decision": "CII"}""".formatted(assetId, rule));
        if (decided.status() != 201) {
            throw new IllegalStateException("identification failed: " + decided.body());
        }
    }

    /** A valid GB 11643 identity number, different at each call. */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first = "110101" + (1960 + random.nextInt(40)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return first + PersonIdNumber.checkCharacter(first);
    }
}
