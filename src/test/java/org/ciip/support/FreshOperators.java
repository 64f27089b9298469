package org.ciip.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.ciip.identity.Accounts;
import org.ciip.registry.AssetRegistry;
import org.ciip.registry.Organizations;
import org.ciip.registry.UnifiedSocialCreditCode;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.Role;
import org.ciip.shared.person.PersonIdNumber;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Organizations and accounts made for one test, so that what a test records about an operator's program is not mixed
 * with what other tests record about the demo operators.
 */
@Component
public class FreshOperators {

    private final Organizations organizations;
    private final Accounts accounts;
    private final AssetRegistry assets;
    // a second CIIP started by a test scans this class too, without the test's Http
    private final ObjectProvider<Http> http;

    FreshOperators(Organizations organizations, Accounts accounts, AssetRegistry assets, ObjectProvider<Http> http) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.assets = assets;
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
        return new Party(id, username);
    }

    public Party operator(String sector) {
        return create(OrganizationKind.OPERATOR, sector);
    }

    public record Party(UUID id, String username) {
    }

    /**
     * An information system the operator registers through the API, identified as CII directly through the registry,
     * as a department's decision would; answered with its id.
     */
    public String ciiAsset(Party operator, String sector) {
        Http http = this.http.getObject();
        String id = http.post("/api/v1/assets", http.token(operator.username()), """
                {"name": "System %s", "kind": "INFORMATION_SYSTEM", "sector": "%s", "mlpsLevel": 3,
                 "coreBusiness": "Core business"}""".formatted(UUID.randomUUID(), sector)).json().get("id").asString();
        assets.setCiiStatus(UUID.fromString(id), "CII", "test fixture");
        return id;
    }

    /** A valid GB 11643 identity number, different at each call. */
    public static String idNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first = "110101" + (1960 + random.nextInt(40)) + String.format("%02d", 1 + random.nextInt(12))
                + String.format("%02d", 1 + random.nextInt(28)) + String.format("%03d", random.nextInt(1000));
        return first + PersonIdNumber.checkCharacter(first);
    }
}
