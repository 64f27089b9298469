package org.ciip.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.ciip.shared.Hashing;
import org.ciip.shared.LegalTime;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The operator's security program (Chapter III) as operators, departments, agencies and suppliers use it. */
@RunningCiip
class SecurityProgramTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    static LocalDate today() {
        return LocalDate.now(LegalTime.ZONE);
    }

    JsonNode program(Party operator, String token) {
        return http.get("/api/v1/operators/" + operator.id() + "/program", token).json();
    }

    static JsonNode duty(JsonNode program, String key) {
        for (JsonNode duty : program.get("duties")) {
            if (duty.get("key").asString().equals(key)) {
                return duty;
            }
        }
        throw new AssertionError("no duty " + key);
    }

    String ciiAsset(Party operator) {
        return fresh.ciiAsset(operator);
    }

    String acceptedAssessment(Party operator, String asset, LocalDate endedOn) {
        String token = http.token(operator.username());
        Http.Response created = http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Whole system",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, endedOn.getYear(), endedOn.minusDays(5),
                endedOn));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http.post("/api/v1/assessments/" + id + "/submission", token, "").status()).isEqualTo(200);
        Http.Response accepted = http.post("/api/v1/assessments/" + id + "/decision", http.token("finance-dept"),
                "{\"decision\": \"ACCEPTED\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    @Test
    void eachStepOfAnAssessmentAReviewADocumentAndACorporateChangeSentTwiceAtOncePassesOnceAndTheOtherIsAConflict()
            throws Exception {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String dept = http.token("finance-dept");
        String path = "/api/v1/operators/" + operator.id();
        String assessment = http.post(path + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Whole system",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(ciiAsset(operator), today().getYear(),
                today().minusDays(5), today())).json().get("id").asString();
        assertThat(http.postTwiceAtOnce("/api/v1/assessments/" + assessment + "/submission", token, ""))
                .containsExactly(200, 409);
        assertThat(http.postTwiceAtOnce("/api/v1/assessments/" + assessment + "/decision", dept,
                "{\"decision\": \"ACCEPTED\"}")).containsExactly(200, 409);

        String review = http.post(path + "/background-reviews", token, """
                {"personName": "王伟", "idNumber": "%s", "position": "Security operations lead"}"""
                .formatted(FreshOperators.idNumber())).json().get("id").asString();
        assertThat(http.postTwiceAtOnce(path + "/background-reviews/" + review + "/result", token,
                "{\"result\": \"APPROVED\", \"reviewedOn\": \"" + today() + "\", \"reviewer\": \"HR\"}"))
                .containsExactly(200, 409);

        String document = http.post(path + "/documents", token, """
                {"kind": "SECURITY_PLAN", "title": "Security plan", "reviewDue": "%s"}"""
                .formatted(today().plusYears(1))).json().get("id").asString();
        assertThat(http.postTwiceAtOnce(path + "/documents/" + document + "/approval", token, ""))
                .containsExactly(200, 409);

        String change = http.post(path + "/corporate-changes", token, """
                {"kind": "MERGER", "description": "Merger", "effectiveOn": "%s",
                 "disposalPlan": "Transferred with its staff"}""".formatted(today().plusMonths(2)))
                .json().get("id").asString();
        http.post("/api/v1/corporate-changes/" + change + "/requirements", dept,
                "{\"requirements\": \"Keep logs\", \"dueOn\": \"" + today().plusDays(20) + "\"}");
        assertThat(http.postTwiceAtOnce("/api/v1/corporate-changes/" + change + "/completion", token,
                "{\"completedOn\": \"" + today() + "\", \"note\": \"Transferred\"}")).containsExactly(200, 409);
    }

    @Test
    void anAssetIsOverdueWhenNoAcceptedAssessmentEndedWithinTwelveMonthsOfThePreviousOne() {
        Party onTime = fresh.operator("FINANCE");
        String asset = ciiAsset(onTime);
        acceptedAssessment(onTime, asset, today().minusMonths(12));
        JsonNode due = http.get("/api/v1/operators/" + onTime.id() + "/assessment-due-dates",
                http.token(onTime.username())).json().get(0);
        assertThat(due.get("dueOn").asString()).isEqualTo(today().toString());
        assertThat(due.get("overdue").asBoolean()).isFalse();
        assertThat(duty(program(onTime, http.token(onTime.username())), "ASSESSMENT").get("status").asString())
                .isEqualTo("DUE_SOON");

        Party late = fresh.operator("FINANCE");
        String lateAsset = ciiAsset(late);
        acceptedAssessment(late, lateAsset, today().minusMonths(12).minusDays(1));
        JsonNode lateDuty = duty(program(late, http.token(late.username())), "ASSESSMENT");
        assertThat(lateDuty.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(lateDuty.get("liability").asString()).isEqualTo("39(8)");
        assertThat(http.get("/api/v1/program/overdue?duty=ASSESSMENT&size=200", http.token("finance-dept")).body())
                .contains(late.id().toString()).contains("\"key\":\"ASSESSMENT\"");
    }

    /** This year's self-assessment of the asset's Internet-facing services, ended today; its id. */
    private String selfAssessment(Party operator, String token, String asset) {
        return http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Internet-facing services",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, today().getYear(), today().minusDays(3),
                today())).json().get("id").asString();
    }

    @Test
    void aFindingIsScoredFromItsCvssVectorAndAReturnNeedsReasons() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = ciiAsset(operator);
        String id = selfAssessment(operator, token, asset);
        JsonNode withFinding = http.post("/api/v1/assessments/" + id + "/findings", token, """
                {"title": "Unauthenticated RCE in the payment gateway", "severity": "CRITICAL",
                 "cvssVector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "owner": "Ops", "dueOn": "%s"}"""
                .formatted(today().plusDays(30))).json();
        assertThat(withFinding.get("findings").get(0).get("cvssScore").decimalValue()).isEqualByComparingTo("9.8");
        Http.Response badVector = http.post("/api/v1/assessments/" + id + "/findings", token, """
                {"title": "x", "severity": "SEVERE", "cvssVector": "CVSS:3.1/AV:N", "owner": "", "dueOn": null}""");
        assertThat(badVector.status()).isEqualTo(400);
        assertThat(badVector.errorFields()).containsExactlyInAnyOrder("severity", "cvssVector", "owner", "dueOn");
        JsonNode v4 = http.post("/api/v1/assessments/" + id + "/findings", token, """
                {"title": "Weak TLS on the clearing link", "severity": "MEDIUM",
                 "cvssVector": "CVSS:4.0/AV:N/AC:H/AT:N/PR:N/UI:N/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N/E:P", "owner": "Ops",
                 "dueOn": "%s"}""".formatted(today().plusDays(60))).json();
        JsonNode recorded = v4.get("findings").get(1);
        assertThat(recorded.get("cvssVector").asString()).startsWith("CVSS:4.0/");
        assertThat(recorded.get("cvssScore").decimalValue()).as("FIRST's calculator: MacroVector 012211")
                .isEqualByComparingTo("2.9");
        assertThat(recorded.get("cvssScoreKind").asString()).as("with a threat metric").isEqualTo("CVSS-BT");
        assertThat(withFinding.get("findings").get(0).get("cvssScoreKind").asString()).isEqualTo("CVSS 3.1 base");
        assertThat(http.post("/api/v1/assessments/" + id + "/findings", token, """
                {"title": "x", "severity": "LOW", "cvssVector": "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H",
                 "owner": "Ops", "dueOn": "%s"}""".formatted(today().plusDays(60))).errorFields())
                .containsExactly("cvssVector");

        http.post("/api/v1/assessments/" + id + "/submission", token, "");
        Http.Response noReason = http.post("/api/v1/assessments/" + id + "/decision", http.token("finance-dept"),
                "{\"decision\": \"RETURNED\"}");
        assertThat(noReason.errorFields()).containsExactly("reason");
        JsonNode returned = http.post("/api/v1/assessments/" + id + "/decision", http.token("finance-dept"),
                "{\"decision\": \"RETURNED\", \"reason\": \"Scope misses the clearing front end\"}").json();
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(http.get("/api/v1/inbox?size=50", token).body()).contains("was returned");
    }

    @Test
    void aFindingMarkedRectifiedByTwoPeopleAtOnceIsRectifiedOnceAndIsReopenedOnlyAsOpen() throws Exception {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String asset = ciiAsset(operator);
        String id = selfAssessment(operator, token, asset);
        String finding = http.post("/api/v1/assessments/" + id + "/findings", token, """
                {"title": "Default credentials on the VPN", "severity": "HIGH", "owner": "Ops", "dueOn": "%s"}"""
                .formatted(today().plusDays(30))).json().get("findings").get(0).get("id").asString();
        String path = "/api/v1/assessments/" + id + "/findings/" + finding;
        String rectified = "{\"status\": \"RECTIFIED\", \"rectifiedOn\": \"" + today() + "\"}";

        assertThat(http.twiceAtOnce(() -> http.patch(path, token, rectified))).containsExactly(200, 409);
        Http.Response again = http.patch(path, token, rectified);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already RECTIFIED");
        Http.Response sideways = http.patch(path, token, "{\"status\": \"IN_PROGRESS\"}");
        assertThat(sideways.status()).isEqualTo(409);
        assertThat(sideways.body()).contains("reopened as OPEN");
        JsonNode reopened = http.patch(path, token, "{\"status\": \"OPEN\"}").json();
        assertThat(reopened.get("findings").get(0).get("status").asString()).isEqualTo("OPEN");
        assertThat(reopened.get("findings").get(0).get("rectifiedOn").isNull()).isTrue();
        assertThat(http.patch(path, token, "{\"status\": \"FIXED\"}").errorFields()).containsExactly("status");
    }

    @Test
    void aServiceAgencySeesOnlyTheEngagementsItIsPartyTo() {
        Party operator = fresh.operator("FINANCE");
        Party agency = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        String asset = ciiAsset(operator);
        String token = http.token(operator.username());
        String engaged = http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "AGENCY", "agencyId": "%s", "scope": "Penetration test",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, today().getYear(), agency.id(),
                today().minusDays(9), today().minusDays(2))).json().get("id").asString();
        String own = http.post("/api/v1/operators/" + operator.id() + "/assessments", token, """
                {"assetId": "%s", "year": %d, "performer": "SELF", "scope": "Configuration review",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(asset, today().getYear(), today().minusDays(9),
                today().minusDays(2))).json().get("id").asString();
        String agencyToken = http.token(agency.username());
        assertThat(http.get("/api/v1/assessments/" + engaged, agencyToken).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/assessments/" + own, agencyToken).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/assessments", agencyToken).json().get("items").size()).isOne();
        assertThat(http.post("/api/v1/assessments/" + engaged + "/findings", agencyToken, """
                {"title": "Weak TLS configuration", "severity": "MEDIUM", "owner": "Network team", "dueOn": "%s"}"""
                .formatted(today().plusDays(60))).status()).isEqualTo(201);
        assertThat(http.get("/api/v1/operators/" + operator.id() + "/program", agencyToken).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/assessments/" + engaged, http.token("agency")).status()).isEqualTo(404);
        String agencySession = http.signIn(agency.username());
        assertThat(http.page(agencySession, "/assessments?lang=en")).contains("/assessments/export?format=csv");
        String period = "," + today().getYear() + ",";
        assertThat(http.csvRows(agencySession, "/assessments/export?format=csv&lang=en")).satisfiesExactly(
                header -> assertThat(header).isEqualTo("Operator,Asset,Year,Performed by,Started on,Ended on,"
                        + "Findings,Findings open,Findings past due,Status"),
                row -> assertThat(row).contains(period).endsWith("," + today().minusDays(9) + ","
                        + today().minusDays(2) + ",1,1,0,Draft"));
        java.util.List<String> department = http.csvRows(http.signIn("finance-dept"),
                "/assessments/export?format=csv&lang=zh-CN&operatorId=" + operator.id());
        assertThat(department).as("the operator's two, when the department names it").hasSize(3)
                .anySatisfy(r -> assertThat(r).contains(",运营者自行开展,"));
    }

    @Test
    void aPurchaseThatMayAffectNationalSecurityNeedsAPassedReviewBeforeUse() {
        Party operator = fresh.operator("FINANCE");
        Party supplier = fresh.create(OrganizationKind.SUPPLIER, null);
        String token = http.token(operator.username());
        JsonNode purchase = http.post("/api/v1/operators/" + operator.id() + "/purchases", token, """
                {"supplierId": "%s", "item": "Core database cluster", "amountCny": 3200000, "purchasedOn": "%s",
                 "mayAffectNationalSecurity": true, "justification": "Holds all account data"}"""
                .formatted(supplier.id(), today().minusDays(20))).json();
        assertThat(purchase.get("reviewMissing").asBoolean()).isTrue();
        assertThat(purchase.get("usedBeforeReview").asBoolean()).isFalse();
        assertThat(duty(program(operator, token), "PROCUREMENT_REVIEW").get("status").asString()).isEqualTo("DUE_SOON");

        String id = purchase.get("id").asString();
        JsonNode inUse = http.post("/api/v1/purchases/" + id + "/use", token,
                "{\"inUseSince\": \"" + today().minusDays(3) + "\"}").json();
        assertThat(inUse.get("usedBeforeReview").asBoolean()).isTrue();
        JsonNode breach = duty(program(operator, token), "PROCUREMENT_REVIEW");
        assertThat(breach.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(breach.get("liability").asString()).isEqualTo("41");

        JsonNode reviewed = http.post("/api/v1/purchases/" + id + "/security-review", token,
                "{\"result\": \"PASSED\", \"decidedOn\": \"" + today().minusDays(10) + "\", \"reference\": \"CSR-1\"}")
                .json();
        assertThat(reviewed.get("usedBeforeReview").asBoolean()).isFalse();
        assertThat(duty(program(operator, token), "PROCUREMENT_REVIEW").get("status").asString()).isEqualTo("MET");

        // used first and reviewed afterwards: corrected (Art. 41 orders correction), and the card keeps the fact
        String late = http.post("/api/v1/operators/" + operator.id() + "/purchases", token, """
                {"supplierId": "%s", "item": "HSM cluster", "amountCny": 900000, "purchasedOn": "%s",
                 "mayAffectNationalSecurity": true, "justification": "Holds the keys", "inUseSince": "%s"}"""
                .formatted(supplier.id(), today().minusDays(9), today().minusDays(8))).json().get("id").asString();
        assertThat(duty(program(operator, token), "PROCUREMENT_REVIEW").get("status").asString()).isEqualTo("NOT_MET");
        JsonNode afterwards = http.post("/api/v1/purchases/" + late + "/security-review", token,
                "{\"result\": \"PASSED\", \"decidedOn\": \"" + today() + "\", \"reference\": \"CSR-2\"}").json();
        assertThat(afterwards.get("usedBeforeReview").asBoolean()).isTrue();
        assertThat(duty(program(operator, token), "PROCUREMENT_REVIEW").get("status").asString()).isEqualTo("MET");
    }

    @Test
    void everyPurchaseNeedsAnAgreementThatOnlyItsSupplierSeesAndAcknowledges() {
        Party operator = fresh.operator("FINANCE");
        Party supplier = fresh.create(OrganizationKind.SUPPLIER, null);
        Party otherSupplier = fresh.create(OrganizationKind.SUPPLIER, null);
        String token = http.token(operator.username());
        String purchase = http.post("/api/v1/operators/" + operator.id() + "/purchases", token, """
                {"supplierId": "%s", "item": "Log analytics subscription", "amountCny": 80000, "purchasedOn": "%s",
                 "mayAffectNationalSecurity": false, "justification": "Commodity service"}"""
                .formatted(supplier.id(), today().minusDays(2))).json().get("id").asString();
        JsonNode missing = duty(program(operator, token), "AGREEMENTS");
        assertThat(missing.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(missing.get("liability").asString()).isEqualTo("39(9)");
        assertThat(http.get("/api/v1/program/operators?size=200", http.token("finance-dept")).body())
                .contains(operator.id().toString());

        Http.Response signed = http.post("/api/v1/purchases/" + purchase + "/agreement", token, """
                {"signedOn": "%s", "obligations": "Confidentiality of logs; 24x7 support; breach notice in 2 hours",
                 "expiresOn": "%s"}""".formatted(today().minusDays(1), today().plusYears(2)));
        assertThat(signed.status()).isEqualTo(201);
        assertThat(duty(program(operator, token), "AGREEMENTS").get("status").asString()).isEqualTo("MET");

        String agreement = signed.json().get("id").asString();
        assertThat(http.get("/api/v1/agreements", http.token(supplier.username())).json().get("items").size())
                .isOne();
        assertThat(http.get("/api/v1/agreements/" + agreement, http.token(otherSupplier.username())).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/purchases/" + purchase, http.token(supplier.username())).status()).isEqualTo(404);
        assertThat(http.post("/api/v1/agreements/" + agreement + "/acknowledgement", token, "").status())
                .isEqualTo(403);
        JsonNode acknowledged = http.post("/api/v1/agreements/" + agreement + "/acknowledgement",
                http.token(supplier.username()), "").json();
        assertThat(acknowledged.get("acknowledgedAt").isNull()).isFalse();
        String supplierSession = http.signIn(supplier.username());
        assertThat(http.page(supplierSession, "/agreements?lang=en")).contains("/agreements/export?format=xlsx");
        assertThat(http.csvRows(supplierSession, "/agreements/export?format=csv&lang=en")).satisfiesExactly(
                header -> assertThat(header).isEqualTo("Product or service,Operator,Supplier,Signed on,Expires on,"
                        + "Expired,\"Technical support, security and confidentiality obligations\","
                        + "Acknowledged by the supplier (Beijing time),Acknowledged by"),
                row -> assertThat(row).startsWith("Log analytics subscription,").contains("," + today().minusDays(1)
                        + "," + today().plusYears(2) + ",false,Confidentiality of logs; 24x7 support; breach notice"));
        assertThat(http.csvRows(http.signIn(otherSupplier.username()), "/agreements/export?format=csv&lang=en"))
                .as("another supplier's agreement").hasSize(1);
    }

    Http.Response upload(String token, String recordType, String recordId, String fileName, byte[] content) {
        return http.postFile("/api/v1/evidence?recordType=" + recordType + "&recordId=" + recordId, token, fileName,
                content);
    }

    @Test
    void evidenceIsCheckedForSizeAndContentAndServedAsAnAttachmentUnderTheServersName() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String document = http.post("/api/v1/operators/" + operator.id() + "/documents", token, """
                {"kind": "PROTECTION_SYSTEM", "title": "Network security protection system v3",
                 "reviewDue": "%s"}""".formatted(today().plusYears(1))).json().get("id").asString();
        byte[] pdf = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Http.Response disguised = upload(token, "DOCUMENT", document, "policy.pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.errorFields()).containsExactly("file");
        Http.Response oversize = upload(token, "DOCUMENT", document, "big.txt", "x".repeat(65 * 1024)
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(oversize.status()).isEqualTo(400);
        assertThat(oversize.json().get("detail").asString()).contains("64 KB");
        Http.Response script = upload(token, "DOCUMENT", document, "run.html", "<script>".getBytes());
        assertThat(script.status()).isEqualTo(400);

        Http.Response stored = upload(token, "DOCUMENT", document, "../../etc/policy.pdf", pdf);
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        assertThat(stored.json().get("sha256").asString()).isEqualTo(Hashing.sha256Hex(pdf));
        assertThat(stored.json().get("sizeBytes").asLong()).isEqualTo(pdf.length);
        String fileName = stored.json().get("fileName").asString();
        assertThat(fileName).startsWith("evidence-").endsWith(".pdf").doesNotContain("etc");
        Http.Response download = http.get("/api/v1/evidence/" + stored.json().get("id").asString(), token);
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"" + fileName + "\"");
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(http.get("/api/v1/evidence/" + stored.json().get("id").asString(), http.token("bank-officer"))
                .status()).isEqualTo(404);
    }

    @Test
    void anotherOperatorAndAnotherSectorsDepartmentGet404() {
        Party operator = fresh.operator("FINANCE");
        String path = "/api/v1/operators/" + operator.id();
        assertThat(http.get(path + "/program", http.token("bank-officer")).status()).isEqualTo(404);
        assertThat(http.get(path + "/background-reviews", http.token("grid-officer")).status()).isEqualTo(404);
        assertThat(http.get(path + "/program", http.token("energy-dept")).status()).isEqualTo(404);
        assertThat(http.get(path + "/program", http.token("supplier")).status()).isEqualTo(404);
        assertThat(http.get(path + "/program", http.token("finance-dept")).status()).as("no purpose stated")
                .isEqualTo(428);
        assertThat(http.get(path + "/program?purpose=SUPERVISION&purposeNote=Sector%20review", http.token("finance-dept"))
                .status()).isEqualTo(200);
        assertThat(http.put(path + "/institution", http.token("finance-dept"), "{}").status()).isEqualTo(403);
        assertThat(http.put(path + "/institution", http.token("bank-officer"), "{}").status()).isEqualTo(404);
    }

    @Test
    void theInstitutionItsPeopleAndDecisionsMakeTheirDutiesMet() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String path = "/api/v1/operators/" + operator.id();
        Http.Response bad = http.put(path + "/institution", token, "{\"name\": \"\", \"establishedOn\": \"2099-01-01\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("name", "establishedOn", "headName", "reportsTo",
                "members");
        assertThat(duty(program(operator, token), "INSTITUTION").get("status").asString()).isEqualTo("NOT_MET");

        JsonNode institution = http.put(path + "/institution", token, """
                {"name": "网络安全管理办公室", "establishedOn": "2022-03-01", "headName": "陈静",
                 "reportsTo": "The principal (行长)", "members": "陈静, 周涛, 吴敏"}""").json();
        assertThat(institution.get("version").asInt()).isOne();
        assertThat(http.put(path + "/institution", token, """
                {"name": "网络安全管理办公室", "establishedOn": "2022-03-01", "headName": "陈静",
                 "reportsTo": "The board", "members": "陈静", "version": 0}""").status()).isEqualTo(409);
        http.post(path + "/key-positions", token, "{\"title\": \"Security operations lead\", \"identifiedOn\": \""
                + today() + "\"}");
        JsonNode program = program(operator, token);
        assertThat(duty(program, "INSTITUTION").get("status").asString()).isEqualTo("MET");
        assertThat(duty(program, "BACKGROUND_REVIEWS").get("status").asString()).isEqualTo("NOT_MET");

        for (String[] person : new String[][] {{"陈静", "Head of the security management institution"},
                {"周涛", "Security operations lead"}}) {
            String review = http.post(path + "/background-reviews", token, """
                    {"personName": "%s", "idNumber": "%s", "position": "%s"}""".formatted(person[0],
                    FreshOperators.idNumber(), person[1])).json().get("id").asString();
            http.post(path + "/background-reviews/" + review + "/result", token,
                    "{\"result\": \"APPROVED\", \"reviewedOn\": \"" + today() + "\", \"reviewer\": \"HR and PSB\"}");
        }
        assertThat(duty(program(operator, token), "BACKGROUND_REVIEWS").get("status").asString()).isEqualTo("MET");

        http.post(path + "/security-decisions", token, "{\"decidedOn\": \"" + today()
                + "\", \"subject\": \"Move core banking to the new data centre\"}");
        JsonNode decisions = duty(program(operator, token), "DECISIONS");
        assertThat(decisions.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(decisions.get("liability").asString()).isEqualTo("39(6)");
    }

    @Test
    void drillsAndDecisionsArePagedNewestFirstThroughTheApiAndOnTheProgramPage() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String path = "/api/v1/operators/" + operator.id();
        for (int i = 1; i <= 23; i++) {
            assertThat(http.post(path + "/activities", token, """
                    {"kind": "DRILL", "heldOn": "%s", "title": "Drill %d", "participants": "IT"}"""
                    .formatted(today().minusDays(i), i)).status()).isEqualTo(201);
        }
        http.post(path + "/security-decisions", token, "{\"decidedOn\": \"" + today()
                + "\", \"subject\": \"Cloud migration\", \"participant\": \"Chen Jing\"}");

        JsonNode first = http.get(path + "/activities?size=20", token).json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(23);
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.get("items").get(0).get("title").asString()).as("newest first").isEqualTo("Drill 1");
        JsonNode second = http.get(path + "/activities?size=20&page=1", token).json();
        assertThat(second.get("items")).hasSize(3);
        assertThat(second.get("items").get(2).get("title").asString()).isEqualTo("Drill 23");
        assertThat(http.get(path + "/activities?size=500", token).errorFields()).containsExactly("size");
        assertThat(http.get(path + "/security-decisions", token).json().get("totalElements").asLong()).isOne();

        String cookie = http.signIn(operator.username());
        String page = http.send(http.request("/operators/" + operator.id() + "/program?lang=en", null)
                .header("Cookie", cookie).GET()).body();
        assertThat(page).contains("Drill 20").doesNotContain("Drill 21").contains("activitiesPage=1#activities");
        String next = http.send(http.request("/operators/" + operator.id() + "/program?lang=en&activitiesPage=1",
                null).header("Cookie", cookie).GET()).body();
        assertThat(next).contains("Drill 23").doesNotContain("Drill 20<");

        // a form sent from the second page of drills brings the reader back to that page
        Http.Response saved = http.send(http.request("/operators/" + operator.id()
                        + "/program/decision?activitiesPage=1", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("decidedOn=" + today() + "&subject=Backup+site"
                        + "&participant=Chen+Jing&_csrf=" + Http.csrfToken(next))));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).endsWith("/program?activitiesPage=1#decisions");
    }

    @Test
    void aCorporateChangeIsReportedGivenRequirementsByTheDepartmentAndCompleted() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String change = http.post("/api/v1/operators/" + operator.id() + "/corporate-changes", token, """
                {"kind": "MERGER", "description": "Merger into Demo Holding Bank", "effectiveOn": "%s",
                 "disposalPlan": "CII transferred with its institution and staff"}""".formatted(today().plusMonths(2)))
                .json().get("id").asString();
        assertThat(http.post("/api/v1/corporate-changes/" + change + "/completion", token,
                "{\"completedOn\": \"" + today() + "\", \"note\": \"done\"}").status()).isEqualTo(409);
        assertThat(http.post("/api/v1/corporate-changes/" + change + "/requirements", token,
                "{\"requirements\": \"x\", \"dueOn\": \"" + today().plusDays(20) + "\"}").status()).isEqualTo(403);
        JsonNode set = http.post("/api/v1/corporate-changes/" + change + "/requirements", http.token("finance-dept"),
                "{\"requirements\": \"Keep logs 6 months; re-identify after the merger\", \"dueOn\": \""
                        + today().plusDays(20) + "\"}").json();
        assertThat(set.get("status").asString()).isEqualTo("REQUIREMENTS_SET");
        assertThat(duty(program(operator, token), "CORPORATE_CHANGES").get("status").asString()).isEqualTo("DUE_SOON");
        JsonNode done = http.post("/api/v1/corporate-changes/" + change + "/completion", token,
                "{\"completedOn\": \"" + today() + "\", \"note\": \"Transferred\"}").json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(duty(program(operator, token), "CORPORATE_CHANGES").get("status").asString())
                .isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void theProtectionDepartmentSetsAShorterDrillIntervalThatMakesALastYearsDrillOverdue() {
        Party operator = fresh.operator("FINANCE");
        String token = http.token(operator.username());
        String path = "/api/v1/operators/" + operator.id();
        http.post(path + "/documents/" + http.post(path + "/documents", token, """
                {"kind": "EMERGENCY_PLAN", "title": "Emergency plan", "reviewDue": "%s"}"""
                .formatted(today().plusYears(1))).json().get("id").asString() + "/approval", token, "");
        http.post(path + "/activities", token, """
                {"kind": "DRILL", "heldOn": "%s", "title": "Data centre outage", "participants": "IT, security"}"""
                .formatted(today().minusMonths(7)));
        assertThat(duty(program(operator, token), "DRILLS").get("status").asString()).isEqualTo("MET");
        assertThat(http.get(path + "/drill-interval", token).status()).as("yearly, none set").isEqualTo(404);

        String dept = http.token("finance-dept");
        Http.Response bad = http.put(path + "/drill-interval", dept, "{\"months\": 0}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactlyInAnyOrder("months", "basis");
        assertThat(http.put(path + "/drill-interval", token, "{\"months\": 6, \"basis\": \"mine\"}").status())
                .as("the operator cannot set its own").isEqualTo(403);
        assertThat(http.put(path + "/drill-interval", http.token("energy-dept"),
                "{\"months\": 6, \"basis\": \"other sector\"}").status()).isEqualTo(404);

        JsonNode set = http.put(path + "/drill-interval", dept,
                "{\"months\": 6, \"basis\": \"Notice on payment system resilience, 2026\"}").json();
        assertThat(set.get("months").asInt()).isEqualTo(6);
        JsonNode drills = duty(program(operator, token), "DRILLS");
        assertThat(drills.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(drills.get("nextDue").asString()).isEqualTo(today().minusMonths(7).plusMonths(6).toString());
        assertThat(http.get("/api/v1/inbox", token).body()).contains("every 6 months");
    }

    @Test
    void theDepartmentFindsAnOperatorOnItsPagedOverviewAndItsDutiesNotMet() {
        Party operator = fresh.operator("FINANCE");
        String name = "Test OPERATOR " + operator.username().substring(2).toUpperCase();
        String cookie = http.signIn("finance-dept");
        Http.Response overview = http.send(http.request("/program?q=" + operator.username().substring(2), null)
                .header("Cookie", cookie).GET());
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.body()).contains(name).contains("operator-" + operator.id());
        Http.Response overdue = http.send(http.request("/program/overdue?q=" + operator.username().substring(2),
                null).header("Cookie", cookie).GET());
        assertThat(overdue.status()).isEqualTo(200);
        assertThat(overdue.body()).contains(name).contains("No security management institution recorded");
        assertThat(http.send(http.request("/program?q=no-such-operator-anywhere", null).header("Cookie", cookie)
                .GET()).body()).doesNotContain(name);
    }
}
