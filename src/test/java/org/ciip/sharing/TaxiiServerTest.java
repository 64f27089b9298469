package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.sharing.SharingFixtures.envelope;
import static org.ciip.sharing.SharingFixtures.indicator;
import static org.ciip.sharing.SharingFixtures.newId;

import java.net.http.HttpRequest;
import java.util.List;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The TAXII 2.1 server as the OASIS specification defines it: discovery and the API root, the caller's collections,
 * content negotiation, paging and the match filters, versions, the manifest, the status of a partly failed add, and a
 * collection of another group answering 404.
 */
@RunningCiip
class TaxiiServerTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    Party department;
    Party member;
    String collection;
    String url;

    @BeforeEach
    void aDepartmentRunsACollectionOfItsSector() {
        department = SharingFixtures.department(fresh);
        member = fresh.operator(SharingFixtures.SECTOR);
        collection = SharingFixtures.collection(http, department);
        url = "/taxii2/ciip/collections/" + collection + "/";
    }

    TaxiiClient client(Party party) {
        return new TaxiiClient(http.base(), party.username(), http.token(party.username()));
    }

    @Test
    void discoveryNamesTheApiRootWhichListsTheCollectionsTheCallerReads() {
        TaxiiClient operator = client(member);

        assertThat(operator.apiRoots()).containsExactly("/taxii2/ciip/");
        TaxiiClient.Answer root = operator.get("/taxii2/ciip/");
        assertThat(root.contentType()).isEqualTo("application/taxii+json;version=2.1");
        assertThat(root.body().get("versions").get(0).asString()).isEqualTo("application/taxii+json;version=2.1");
        JsonNode mine = null;
        for (JsonNode c : operator.get("/taxii2/ciip/collections/").body().get("collections")) {
            if (c.get("id").asString().equals(collection)) {
                mine = c;
            }
        }
        assertThat(mine).as("the sector's collection").isNotNull();
        assertThat(mine.get("can_read").asBoolean()).isTrue();
        assertThat(mine.get("can_write").asBoolean()).as("a sector's operators push back").isTrue();
        assertThat(mine.get("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
    }

    @Test
    void aRequestThatDoesNotSpeakTheTaxiiMediaTypeIsRefusedWith406Or415() {
        String token = http.token(member.username());
        Http.Response json = http.send(http.request(url + "objects/", token, "Accept", "application/json").GET());
        assertThat(json.status()).isEqualTo(406);
        assertThat(json.header("Content-Type")).isEqualTo("application/taxii+json;version=2.1");
        assertThat(json.json().get("http_status").asString()).isEqualTo("406");

        Http.Response older = http.send(http.request(url, token, "Accept", "application/taxii+json;version=2.0")
                .GET());
        assertThat(older.status()).isEqualTo(406);

        Http.Response wrongBody = http.send(http.request(url + "objects/", token, "Accept", TaxiiClient.MEDIA_TYPE,
                "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(envelope())));
        assertThat(wrongBody.status()).isEqualTo(415);
        assertThat(wrongBody.json().get("title").asString()).isEqualTo("Unsupported media type");
    }

    @Test
    void aClientAuthenticatesWithItsTokenAsBasicPasswordAndAnyOtherCredentialIsRefused() {
        TaxiiClient impostor = new TaxiiClient(http.base(), member.username(), http.token(department.username()));
        TaxiiClient.Answer refused = impostor.get("/taxii2/");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"CIIP TAXII\"");
        assertThat(refused.body().get("http_status").asString()).isEqualTo("401");

        Http.Response bearer = http.send(http.request("/taxii2/", http.token(member.username()), "Accept",
                TaxiiClient.MEDIA_TYPE).GET());
        assertThat(bearer.status()).isEqualTo(200);
    }

    @Test
    void objectsComeInPagesWithNextAndFilterByAddedAfterTypeIdVersionAndSpecVersion() {
        TaxiiClient dept = client(department);
        String first = newId("indicator");
        String identity = "identity--" + department.id();
        TaxiiClient.Answer added = dept.post(url + "objects/", envelope(
                indicator(first, "2026-11-01T00:00:00.000Z", Tlp.GREEN, "198.51.100.1", ""),
                indicator(newId("indicator"), "2026-11-01T00:00:00.000Z", Tlp.GREEN, "198.51.100.2", ""),
                indicator(newId("indicator"), "2026-11-01T00:00:00.000Z", Tlp.GREEN, "198.51.100.3", ""),
                """
                {"type": "identity", "spec_version": "2.1", "id": "%s", "created": "2026-11-01T00:00:00.000Z",
                 "modified": "2026-11-01T00:00:00.000Z", "name": "The department", "identity_class": "organization",
                 "object_marking_refs": ["%s"]}""".formatted(identity, Tlp.CLEAR.markingId())));
        assertThat(added.status()).isEqualTo(202);
        assertThat(added.body().get("success_count").asInt()).isEqualTo(4);
        TaxiiClient.Answer firstPage = dept.get(url + "objects/?limit=2");
        String lastOfFirstAdd = dept.get(url + "objects/").raw().headers().firstValue("X-TAXII-Date-Added-Last")
                .orElseThrow();
        TaxiiClient.Answer update = dept.post(url + "objects/", envelope(
                indicator(first, "2026-11-20T00:00:00.000Z", Tlp.GREEN, "198.51.100.9", "")));
        assertThat(update.body().get("successes").get(0).get("version").asString())
                .isEqualTo("2026-11-20T00:00:00.000Z");

        assertThat(firstPage.body().get("objects")).hasSize(2);
        assertThat(firstPage.body().get("more").asBoolean()).isTrue();
        assertThat(firstPage.raw().headers().firstValue("X-TAXII-Date-Added-First")).isPresent();
        TaxiiClient operator = client(member);
        List<JsonNode> all = operator.allObjects(url, "limit=2");
        assertThat(all).extracting(o -> o.get("id").asString()).hasSize(4).doesNotHaveDuplicates().contains(first,
                identity);
        assertThat(all.stream().filter(o -> o.get("id").asString().equals(first)).findFirst().orElseThrow()
                .get("name").asString()).as("the latest version by default").isEqualTo("C2 198.51.100.9");
        assertThat(operator.allObjects(url, "match[type]=identity")).hasSize(1);
        assertThat(operator.allObjects(url, "match[type]=indicator,identity")).hasSize(4);
        assertThat(operator.allObjects(url, "match[id]=" + first + "&match[version]=all")).hasSize(2);
        assertThat(operator.allObjects(url, "match[id]=" + first + "&match[version]=first").getFirst().get("name")
                .asString()).isEqualTo("C2 198.51.100.1");
        assertThat(operator.allObjects(url, "match[version]=2026-11-20T00:00:00.000Z")).hasSize(1);
        assertThat(operator.allObjects(url, "added_after=" + lastOfFirstAdd)).extracting(o -> o.get("id").asString())
                .containsExactly(first);
        assertThat(operator.get(url + "objects/?match[spec_version]=2.0").body().isEmpty())
                .as("an empty envelope").isTrue();

        JsonNode versions = operator.get(url + "objects/" + first + "/versions/").body();
        assertThat(versions.get("versions")).extracting(JsonNode::asString)
                .containsExactly("2026-11-01T00:00:00.000000Z", "2026-11-20T00:00:00.000000Z");
        TaxiiClient.Answer byId = operator.get(url + "objects/" + first + "/");
        assertThat(byId.body().get("objects")).hasSize(1);
        assertThat(byId.raw().body()).as("written as CIIP wrote it, type first")
                .contains("{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + first + "\"");
        JsonNode manifest = operator.get(url + "manifest/?match[type]=indicator").body();
        assertThat(manifest.get("objects")).hasSize(3);
        assertThat(manifest.get("objects").get(0).get("media_type").asString())
                .isEqualTo("application/stix+json;version=2.1");
        assertThat(operator.get(url + "objects/?added_after=yesterday").status()).isEqualTo(400);
    }

    @Test
    void aLaterAddOfTheSameVersionNeverOverwritesIt() {
        TaxiiClient dept = client(department);
        String id = newId("indicator");
        dept.post(url + "objects/", envelope(indicator(id, "2026-11-01T00:00:00.000Z", Tlp.GREEN, "192.0.2.1", "")));

        TaxiiClient.Answer again = dept.post(url + "objects/", envelope(
                indicator(id, "2026-11-01T00:00:00.000Z", Tlp.GREEN, "192.0.2.66", "")));

        assertThat(again.body().get("successes").get(0).get("message").asString()).contains("already");
        assertThat(client(member).get(url + "objects/" + id + "/").body().get("objects").get(0).get("name")
                .asString()).isEqualTo("C2 192.0.2.1");
    }

    @Test
    void thePartlyFailedAddAnswersAStatusNamingEachRefusalAndOnlyItsAdderReadsIt() {
        TaxiiClient operator = client(member);
        String good = newId("indicator");
        String noMarking = newId("indicator");
        String badPattern = newId("indicator");
        TaxiiClient.Answer added = operator.post(url + "objects/", envelope(
                indicator(good, "2026-11-01T00:00:00.000Z", Tlp.AMBER, "203.0.113.7", ""),
                indicator("indicator--42", "2026-11-01T00:00:00.000Z", Tlp.AMBER, "203.0.113.8", ""),
                indicator(noMarking, "2026-11-01T00:00:00.000Z", Tlp.AMBER, "203.0.113.9", "")
                        .replaceAll("\"object_marking_refs\": \\[\"[^\"]+\"]", "\"labels\": [\"x\"]"),
                indicator(badPattern, "2026-11-01T00:00:00.000Z", Tlp.AMBER, "203.0.113.10", "")
                        .replace("[ipv4-addr:value = '203.0.113.10']", "[ipv4-addr:value = '203.0.113.10'")));

        assertThat(added.status()).isEqualTo(202);
        JsonNode status = operator.get("/taxii2/ciip/status/" + added.body().get("id").asString() + "/").body();
        assertThat(status.get("status").asString()).isEqualTo("complete");
        assertThat(status.get("total_count").asInt()).isEqualTo(4);
        assertThat(status.get("success_count").asInt()).isEqualTo(1);
        assertThat(status.get("successes").get(0).get("id").asString()).isEqualTo(good);
        assertThat(status.get("failure_count").asInt()).isEqualTo(3);
        assertThat(status.get("failures").findValuesAsString("message")).satisfiesExactly(
                m -> assertThat(m).startsWith("id: must be indicator--UUID"),
                m -> assertThat(m).startsWith("object_marking_refs: must name one TLP 2.0 marking"),
                m -> assertThat(m).startsWith("pattern: expected ]"));
        assertThat(status.get("pending_count").asInt()).isZero();
        assertThat(client(department).get("/taxii2/ciip/status/" + added.body().get("id").asString() + "/")
                .status()).as("another organization's add").isEqualTo(404);
    }

    @Test
    void anotherGroupsCollectionAnswers404AndAGuestMayNotAdd() {
        Party outsider = fresh.operator("WATER_CONSERVANCY");
        TaxiiClient stranger = client(outsider);

        assertThat(stranger.get(url).status()).isEqualTo(404);
        assertThat(stranger.get(url + "objects/").status()).isEqualTo(404);
        assertThat(stranger.get(url + "manifest/").status()).isEqualTo(404);
        assertThat(stranger.post(url + "objects/", envelope()).status()).isEqualTo(404);
        assertThat(stranger.get("/taxii2/ciip/collections/").body().path("collections").findValuesAsString("id"))
                .doesNotContain(collection);

        Party guest = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        assertThat(http.post("/api/v1/sharing/collections/" + collection + "/members", http.token(
                department.username()), """
                {"organizationId": "%s", "tier": "GUEST"}""".formatted(guest.id())).status()).isEqualTo(200);
        TaxiiClient.Answer refused = client(guest).post(url + "objects/", envelope());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(client(guest).get(url).body().get("can_write").asBoolean()).isFalse();
    }
}
