package org.ciip.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ciip.sharing.SharingFixtures.envelope;
import static org.ciip.sharing.SharingFixtures.indicator;
import static org.ciip.sharing.SharingFixtures.newId;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ciip.shared.OrganizationKind;
import org.ciip.support.FreshOperators;
import org.ciip.support.FreshOperators.Party;
import org.ciip.support.Http;
import org.ciip.support.RunningCiip;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * TLP 2.0 on every read path (TAXII objects, object by id, versions, manifest, the feed, its download and the object
 * page): CLEAR
 * to anyone who reads the collection, GREEN to its community (members and partners), AMBER to its member
 * organizations, AMBER+STRICT only inside the organizations named on the object, RED only to the people named on it
 * (and, for both, to whoever shared it). An organization outside the collection reads nothing at all.
 */
@RunningCiip
class TlpMatrixTest {

    @Autowired
    Http http;
    @Autowired
    FreshOperators fresh;

    @Test
    void eachReaderReadsExactlyTheMarkingsItsPlaceAllowsOnEveryReadPath() {
        Party department = SharingFixtures.department(fresh);
        String collection = SharingFixtures.collection(http, department);
        Party member = fresh.operator(SharingFixtures.SECTOR);
        Party namedOrganization = fresh.operator(SharingFixtures.SECTOR);
        Party namedPerson = fresh.operator(SharingFixtures.SECTOR);
        Party partner = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        Party guest = fresh.create(OrganizationKind.SERVICE_AGENCY, null);
        Party outsider = fresh.operator("WATER_CONSERVANCY");
        String dept = http.token(department.username());
        admit(dept, collection, partner, "PARTNER");
        admit(dept, collection, guest, "GUEST");
        String person = null;
        for (JsonNode r : http.get("/api/v1/sharing/collections/" + collection + "/recipients?tlp=RED", dept).json()) {
            if (r.get("organization").asString().equals("Test OPERATOR " + namedPerson.username().substring(2)
                    .toUpperCase())) {
                person = r.get("identityRef").asString();
            }
        }
        assertThat(person).as("the named person's identity").isNotNull();
        Map<Tlp, String> objects = new EnumMap<>(Tlp.class);
        for (Tlp tlp : Tlp.values()) {
            objects.put(tlp, newId("indicator"));
        }
        String url = "/taxii2/ciip/collections/" + collection + "/";
        TaxiiClient.Answer added = client(department).post(url + "objects/", envelope(
                indicator(objects.get(Tlp.CLEAR), "2026-11-02T00:00:00.000Z", Tlp.CLEAR, "192.0.2.10", ""),
                indicator(objects.get(Tlp.GREEN), "2026-11-02T00:00:00.000Z", Tlp.GREEN, "192.0.2.11", ""),
                indicator(objects.get(Tlp.AMBER), "2026-11-02T00:00:00.000Z", Tlp.AMBER, "192.0.2.12", ""),
                indicator(objects.get(Tlp.AMBER_STRICT), "2026-11-02T00:00:00.000Z", Tlp.AMBER_STRICT, "192.0.2.13",
                        "\"x_ciip_recipient_refs\": [\"identity--" + namedOrganization.id() + "\"]"),
                indicator(objects.get(Tlp.RED), "2026-11-02T00:00:00.000Z", Tlp.RED, "192.0.2.14",
                        "\"x_ciip_recipient_refs\": [\"" + person + "\"]")));
        assertThat(added.body().get("success_count").asInt()).as(added.body().toString()).isEqualTo(5);

        Map<String, Party> readers = new LinkedHashMap<>();
        readers.put("the department that shared them", department);
        readers.put("a member", member);
        readers.put("the organization named on AMBER+STRICT", namedOrganization);
        readers.put("the organization of the person named on RED", namedPerson);
        readers.put("a partner", partner);
        readers.put("a guest", guest);
        Map<String, Set<Tlp>> expected = Map.of(
                "the department that shared them", EnumSet.allOf(Tlp.class),
                "a member", EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER),
                "the organization named on AMBER+STRICT", EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.AMBER_STRICT),
                "the organization of the person named on RED", EnumSet.of(Tlp.CLEAR, Tlp.GREEN, Tlp.AMBER, Tlp.RED),
                "a partner", EnumSet.of(Tlp.CLEAR, Tlp.GREEN),
                "a guest", EnumSet.of(Tlp.CLEAR));

        readers.forEach((who, party) -> {
            TaxiiClient taxii = client(party);
            String session = http.signIn(party.username());
            Set<String> listed = Set.copyOf(taxii.allObjects(url, "match[type]=indicator").stream()
                    .map(o -> o.get("id").asString()).toList());
            Set<String> manifest = Set.copyOf(taxii.get(url + "manifest/?limit=1000").body().path("objects")
                    .findValuesAsString("id"));
            String feed = page(session, "/sharing/collections/" + collection);
            String export = String.join("\n", http.csvRows(session, "/sharing/collections/" + collection
                    + "/export?format=csv&lang=en"));
            for (Tlp tlp : Tlp.values()) {
                String id = objects.get(tlp);
                boolean reads = expected.get(who).contains(tlp);
                String what = who + " reading " + tlp.label();
                assertThat(listed.contains(id)).as(what + " in the objects").isEqualTo(reads);
                assertThat(manifest.contains(id)).as(what + " in the manifest").isEqualTo(reads);
                assertThat(taxii.get(url + "objects/" + id + "/").status()).as(what + " by id")
                        .isEqualTo(reads ? 200 : 404);
                assertThat(taxii.get(url + "objects/" + id + "/versions/").status()).as(what + "'s versions")
                        .isEqualTo(reads ? 200 : 404);
                assertThat(feed.contains(id)).as(what + " in the feed").isEqualTo(reads);
                assertThat(export.contains(id)).as(what + " in the feed's download").isEqualTo(reads);
                assertThat(status(session, "/sharing/collections/" + collection + "/objects/" + id))
                        .as(what + "'s page").isEqualTo(reads ? 200 : 404);
            }
        });

        TaxiiClient stranger = client(outsider);
        for (String id : objects.values()) {
            assertThat(stranger.get(url + "objects/" + id + "/").status()).isEqualTo(404);
        }
        assertThat(status(http.signIn(outsider.username()), "/sharing/collections/" + collection)).isEqualTo(404);
        assertThat(status(http.signIn(outsider.username()), "/sharing/collections/" + collection
                + "/export?format=csv")).isEqualTo(404);
        String shared = http.signIn(department.username());
        assertThat(http.page(shared, "/sharing/collections/" + collection + "?tlp=RED&lang=en"))
                .contains("/sharing/collections/" + collection + "/export?format=csv&amp;tlp=RED");
        assertThat(http.csvRows(shared, "/sharing/collections/" + collection + "/export?format=csv&lang=en&tlp=RED"))
                .as("the feed's filters apply").satisfiesExactly(
                        header -> assertThat(header).isEqualTo(
                                "Type,Object,Marking,Shared by,Added,Version (modified),STIX identifier"),
                        row -> assertThat(row).startsWith("indicator,C2 192.0.2.14,TLP:RED,")
                                .endsWith(",2026-11-02 08:00," + objects.get(Tlp.RED)));
    }

    @Test
    void aRedObjectNamingAnOrganizationOrAnUnknownIdentityIsRefused() {
        Party department = SharingFixtures.department(fresh);
        String collection = SharingFixtures.collection(http, department);
        Party member = fresh.operator(SharingFixtures.SECTOR);

        JsonNode status = client(department).post("/taxii2/ciip/collections/" + collection + "/objects/", envelope(
                indicator(newId("indicator"), "2026-11-02T00:00:00.000Z", Tlp.RED, "192.0.2.20",
                        "\"x_ciip_recipient_refs\": [\"identity--" + member.id() + "\"]"),
                indicator(newId("indicator"), "2026-11-02T00:00:00.000Z", Tlp.AMBER_STRICT, "192.0.2.21",
                        "\"x_ciip_recipient_refs\": [\"" + newId("identity") + "\"]"))).body();

        assertThat(status.get("failures").findValuesAsString("message")).containsExactly(
                "x_ciip_recipient_refs[0]: TLP:RED names people (identity_class individual), not organizations",
                "x_ciip_recipient_refs[0]: names no organization or person in CIIP");
    }

    private void admit(String token, String collection, Party party, String tier) {
        assertThat(http.post("/api/v1/sharing/collections/" + collection + "/members", token, """
                {"organizationId": "%s", "tier": "%s"}""".formatted(party.id(), tier)).status()).isEqualTo(200);
    }

    private TaxiiClient client(Party party) {
        return new TaxiiClient(http.base(), party.username(), http.token(party.username()));
    }

    private String page(String session, String path) {
        Http.Response response = http.send(http.request(path, null, "Cookie", session).GET());
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    private int status(String session, String path) {
        return http.send(http.request(path, null, "Cookie", session).GET()).status();
    }
}
