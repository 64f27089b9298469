package org.ciip.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ciip.shared.LegalTime;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.MovableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Operators made through the API for compliance tests: a finance operator whose asset the finance department
 * identified as CII, and, step by step, the records that make every item of Art. 39-41 compliant. A test leaves out
 * one step, or adds one breach, to make one item non-compliant.
 */
final class ComplianceFixtures {

    static final List<String> DOCUMENT_KINDS = List.of("PROTECTION_SYSTEM", "RESPONSIBILITY_SYSTEM", "SECURITY_PLAN",
            "EMERGENCY_PLAN", "DATA_PROTECTION_SYSTEM", "SERVICE_SECURITY_MANAGEMENT");

    private final Http http;
    private final FreshOperators fresh;
    private final JdbcTemplate jdbc;
    private final MovableClock clock;

    ComplianceFixtures(Http http, FreshOperators fresh, JdbcTemplate jdbc, MovableClock clock) {
        this.http = http;
        this.fresh = fresh;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static LocalDate today() {
        return LocalDate.now(LegalTime.ZONE);
    }

    record Op(Party party, String token, String asset) {

        UUID id() {
            return party.id();
        }

        String path() {
            return "/api/v1/operators/" + party.id();
        }
    }

    /** A finance operator in Beijing with one asset identified as CII by the finance department, now. */
    Op ciiOperator() {
        return ciiOperator(0);
    }

    /**
     * A finance operator in Beijing with one asset that the finance department identified as CII {@code days} days
     * ago: the decision is made with CIIP's clock moved back by that many days.
     */
    Op ciiOperator(int days) {
        Party party = fresh.operator("FINANCE");
        String token = http.token(party.username());
        String asset = http.post("/api/v1/assets", token, """
                {"name": "Core system %s", "kind": "INFORMATION_SYSTEM", "sector": "FINANCE", "mlpsLevel": 3,
                 "coreBusiness": "Deposits and payments"}""".formatted(UUID.randomUUID())).json().get("id").asString();
        during(days, () -> fresh.identifyAsCii(asset));
        return new Op(party, token, asset);
    }

    /** Does {@code work} with CIIP's clock moved back by {@code days} days, as if it had been done then. */
    void during(int days, Runnable work) {
        clock.advance(Duration.ofDays(-days));
        try {
            work.run();
        } finally {
            clock.reset();
        }
    }

    /** A CII operator with every record an item needs, except the steps named in {@code leaveOut}. */
    Op compliant(String... leaveOut) {
        return compliant(0, leaveOut);
    }

    /** As {@link #compliant(String...)}, with the asset identified as CII {@code identifiedDaysAgo} days ago. */
    Op compliant(int identifiedDaysAgo, String... leaveOut) {
        Set<String> skip = Set.of(leaveOut);
        Op op = ciiOperator(identifiedDaysAgo);
        String today = today().toString();
        if (!skip.contains("measures")) {
            ok(http.post(op.path() + "/asset-measures", op.token(), """
                    {"assetId": "%s", "stage": "USE", "measures": "MLPS level 3 controls; SOC monitoring",
                     "signedOffOn": "%s", "signedOffBy": "陈静"}""".formatted(op.asset(), today)));
        }
        if (!skip.contains("institution")) {
            ok(http.put(op.path() + "/institution", op.token(), """
                    {"name": "网络安全管理办公室", "establishedOn": "2022-03-01", "headName": "陈静",
                     "reportsTo": "The principal", "members": "陈静, 周涛"}"""));
        }
        if (!skip.contains("position")) {
            ok(http.post(op.path() + "/key-positions", op.token(),
                    "{\"title\": \"Security operations lead\", \"identifiedOn\": \"" + today + "\"}"));
        }
        if (!skip.contains("reviews")) {
            review(op, "陈静", "Head of the security management institution");
            if (!skip.contains("positionReview")) {
                review(op, "周涛", "Security operations lead");
            }
        }
        for (String kind : DOCUMENT_KINDS) {
            if (!skip.contains(kind)) {
                document(op, kind, today().plusYears(1));
            }
        }
        for (String kind : List.of("DRILL", "TRAINING")) {
            if (!skip.contains(kind)) {
                ok(http.post(op.path() + "/activities", op.token(), """
                        {"kind": "%s", "heldOn": "%s", "title": "Ransomware on core banking",
                         "participants": "Security office, IT operations"}""".formatted(kind, today().minusDays(30))));
            }
        }
        return op;
    }

    String review(Op op, String name, String position) {
        return review(op, name, FreshOperators.idNumber(), position);
    }

    String review(Op op, String name, String idNumber, String position) {
        Http.Response requested = http.post(op.path() + "/background-reviews", op.token(), """
                {"personName": "%s", "idNumber": "%s", "position": "%s"}""".formatted(name, idNumber, position));
        ok(requested);
        String id = requested.json().get("id").asString();
        ok(http.post(op.path() + "/background-reviews/" + id + "/result", op.token(),
                "{\"result\": \"APPROVED\", \"reviewedOn\": \"" + today() + "\", \"reviewer\": \"HR and PSB\"}"));
        return id;
    }

    String document(Op op, String kind, LocalDate reviewDue) {
        Http.Response created = http.post(op.path() + "/documents", op.token(), """
                {"kind": "%s", "title": "%s v1", "reviewDue": "%s"}""".formatted(kind, kind, reviewDue));
        ok(created);
        String id = created.json().get("id").asString();
        ok(http.post(op.path() + "/documents/" + id + "/approval", op.token(), ""));
        return id;
    }

    /** A purchase from a fresh supplier, without an agreement yet. */
    String purchase(Op op, boolean mayAffectNationalSecurity, LocalDate purchasedOn, long amount) {
        Party supplier = fresh.create(org.ciip.shared.OrganizationKind.SUPPLIER, null);
        Http.Response created = http.post(op.path() + "/purchases", op.token(), """
                {"supplierId": "%s", "item": "Database platform", "amountCny": %d, "purchasedOn": "%s",
                 "mayAffectNationalSecurity": %s, "justification": "Holds account data"}""".formatted(supplier.id(),
                amount, purchasedOn, mayAffectNationalSecurity));
        ok(created);
        return created.json().get("id").asString();
    }

    void agreement(Op op, String purchase, LocalDate signedOn) {
        ok(http.post("/api/v1/purchases/" + purchase + "/agreement", op.token(), """
                {"signedOn": "%s", "obligations": "Confidentiality; breach notice in 2 hours", "expiresOn": "%s"}"""
                .formatted(signedOn, today().plusYears(2))));
    }

    JsonNode compliance(Op op, String asOf) {
        Http.Response r = http.get(op.path() + "/compliance" + (asOf == null ? "" : "?asOf=" + asOf), op.token());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode item(JsonNode compliance, String article) {
        for (JsonNode item : compliance.get("items")) {
            if (item.get("article").asString().equals(article)) {
                return item;
            }
        }
        throw new AssertionError("no item " + article);
    }

    static String status(JsonNode compliance, String article) {
        return item(compliance, article).get("status").asString();
    }

    private static void ok(Http.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }
}
