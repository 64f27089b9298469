package org.ciip.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class StixObjectsTest {

    private static final String COMMON = """
            "spec_version": "2.1", "created": "2026-11-30T08:00:00.000Z", "modified": "2026-12-01T09:30:00.123Z",
            "created_by_ref": "identity--f431f809-377b-45e0-aa1c-6a4751cae5ff",
            "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"],
            "labels": ["energy"], "confidence": 80, "lang": "zh",
            "external_references": [{"source_name": "cve", "external_id": "CVE-2026-0001",
                "url": "https://example.org/CVE-2026-0001"}],
            "granular_markings": [{"marking_ref": "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
                "selectors": ["description"]}],
            "x_ciip_note": {"any": ["thing", 1]}""";

    private static final String REF = "\"identity--a4b5c6d7-1234-4abc-8def-0123456789ab\"";

    static Stream<Arguments> everyDomainAndRelationshipObject() {
        return Stream.of(
                sdo("attack-pattern", "\"name\": \"Spear phishing\", \"aliases\": [\"T1566\"], "
                        + "\"kill_chain_phases\": [{\"kill_chain_name\": \"mitre-attack\", \"phase_name\": \"initial-access\"}]"),
                sdo("campaign", "\"name\": \"Blackout\", \"first_seen\": \"2026-01-01T00:00:00Z\", "
                        + "\"last_seen\": \"2026-02-01T00:00:00Z\", \"objective\": \"disrupt the grid\""),
                sdo("course-of-action", "\"name\": \"Patch to 2.17.1\", \"description\": \"Upgrade\""),
                sdo("grouping", "\"name\": \"Campaign notes\", \"context\": \"suspicious-activity\", \"object_refs\": [" + REF + "]"),
                sdo("identity", "\"name\": \"State Grid\", \"identity_class\": \"organization\", "
                        + "\"sectors\": [\"energy\"], \"roles\": [\"operator\"], \"contact_information\": \"soc@example.cn\""),
                sdo("incident", "\"name\": \"Ransomware at a substation\", \"description\": \"Encrypted HMI\""),
                sdo("indicator", "\"name\": \"C2 address\", \"indicator_types\": [\"malicious-activity\"], "
                        + "\"pattern\": \"[ipv4-addr:value = '198.51.100.7'] FOLLOWEDBY [domain-name:value = 'evil.example'] WITHIN 600 SECONDS\", "
                        + "\"pattern_type\": \"stix\", \"pattern_version\": \"2.1\", \"valid_from\": \"2026-12-01T00:00:00Z\", "
                        + "\"valid_until\": \"2027-01-01T00:00:00Z\""),
                sdo("infrastructure", "\"name\": \"Botnet C2\", \"infrastructure_types\": [\"command-and-control\"]"),
                sdo("intrusion-set", "\"name\": \"APT-X\", \"goals\": [\"espionage\"], \"resource_level\": \"government\", "
                        + "\"primary_motivation\": \"organizational-gain\""),
                sdo("location", "\"name\": \"Beijing\", \"latitude\": 39.9042, \"longitude\": 116.4074, "
                        + "\"precision\": 1000.5, \"country\": \"CN\", \"city\": \"Beijing\""),
                sdo("malware", "\"name\": \"GridLocker\", \"is_family\": true, \"malware_types\": [\"ransomware\"], "
                        + "\"capabilities\": [\"encrypts-files\"]"),
                sdo("malware-analysis", "\"product\": \"sandbox\", \"version\": \"4.2\", \"result\": \"malicious\", "
                        + "\"analysis_started\": \"2026-12-01T00:00:00Z\", \"analysis_ended\": \"2026-12-01T00:05:00Z\""),
                sdo("note", "\"abstract\": \"Seen twice\", \"content\": \"Both in the same week\", "
                        + "\"authors\": [\"Li\"], \"object_refs\": [" + REF + "]"),
                sdo("observed-data", "\"first_observed\": \"2026-12-01T00:00:00Z\", \"last_observed\": \"2026-12-01T01:00:00Z\", "
                        + "\"number_observed\": 3, \"object_refs\": [\"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\"]"),
                sdo("opinion", "\"opinion\": \"agree\", \"explanation\": \"Matches our logs\", \"object_refs\": [" + REF + "]"),
                sdo("report", "\"name\": \"Weekly\", \"report_types\": [\"threat-report\"], "
                        + "\"published\": \"2026-12-01T00:00:00Z\", \"object_refs\": [" + REF + "]"),
                sdo("threat-actor", "\"name\": \"Group 9\", \"threat_actor_types\": [\"nation-state\"], "
                        + "\"sophistication\": \"expert\""),
                sdo("tool", "\"name\": \"Cobalt Strike\", \"tool_types\": [\"remote-access\"], \"tool_version\": \"4.9\""),
                sdo("vulnerability", "\"name\": \"CVE-2026-0001\", \"description\": \"Remote code execution\""),
                sdo("relationship", "\"relationship_type\": \"mitigates\", "
                        + "\"source_ref\": \"course-of-action--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", "
                        + "\"target_ref\": \"vulnerability--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061\""),
                sdo("sighting", "\"sighting_of_ref\": \"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f\", \"count\": 2, "
                        + "\"first_seen\": \"2026-12-01T00:00:00Z\", \"last_seen\": \"2026-12-01T02:00:00Z\", "
                        + "\"where_sighted_refs\": [" + REF + "], \"summary\": false"));
    }

    static Stream<Arguments> everyCommonObservable() {
        return Stream.of(
                sco("ipv4-addr", "\"value\": \"198.51.100.7\""),
                sco("ipv6-addr", "\"value\": \"2001:db8::1\""),
                sco("domain-name", "\"value\": \"evil.example\""),
                sco("url", "\"value\": \"https://evil.example/a\""),
                sco("file", "\"name\": \"a.exe\", \"size\": 1024, \"hashes\": {\"SHA-256\": \"aa11\"}"),
                sco("email-addr", "\"value\": \"x@evil.example\", \"display_name\": \"X\""),
                sco("network-traffic", "\"src_ref\": \"ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd\", "
                        + "\"dst_port\": 443, \"protocols\": [\"ipv4\", \"tcp\"]"),
                sco("software", "\"name\": \"log4j-core\", \"vendor\": \"Apache\", \"version\": \"2.14.1\""),
                sco("x509-certificate", "\"issuer\": \"CN=Evil CA\", \"serial_number\": \"01\", \"is_self_signed\": true"),
                Arguments.of("marking-definition", "{\"type\": \"marking-definition\", \"spec_version\": \"2.1\", "
                        + "\"id\": \"marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da\", "
                        + "\"created\": \"2017-01-20T00:00:00.000Z\", \"definition_type\": \"tlp\", "
                        + "\"name\": \"TLP:GREEN\", \"definition\": {\"tlp\": \"green\"}}"));
    }

    private static Arguments sdo(String type, String own) {
        return Arguments.of(type, "{\"type\": \"" + type + "\", \"id\": \"" + type
                + "--6b616fc1-1505-48e3-8b2c-0d19337bff38\", " + COMMON + ", " + own + "}");
    }

    private static Arguments sco(String type, String own) {
        return Arguments.of(type, "{\"type\": \"" + type + "\", \"spec_version\": \"2.1\", \"id\": \"" + type
                + "--ff26c055-6336-5bc5-b98d-13d6226742dd\", \"defanged\": true, "
                + "\"object_marking_refs\": [\"marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487\"], " + own + "}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"everyDomainAndRelationshipObject", "everyCommonObservable"})
    void everyObjectRoundTripsThroughJsonUnchanged(String type, String json) {
        JsonNode input = StixCodec.MAPPER.readTree(json);

        StixCodec.Read read = StixCodec.read(input);

        assertThat(read.violations()).isEmpty();
        assertThat(read.document().object().type()).isEqualTo(type);
        assertThat(read.document().object().getClass()).isEqualTo(StixCodec.TYPES.get(type));
        assertThat(StixCodec.MAPPER.readTree(read.document().json().toString())).isEqualTo(input);
    }

    @Test
    void theVersionOfAnObjectIsItsModifiedTimestampAndObservablesHaveNone() {
        StixCodec.Read indicator = StixCodec.read(StixCodec.MAPPER.readTree(
                (String) everyDomainAndRelationshipObject().filter(a -> a.get()[0].equals("indicator")).findFirst()
                        .orElseThrow().get()[1]));
        StixCodec.Read address = StixCodec.read(StixCodec.MAPPER.readTree(
                (String) everyCommonObservable().findFirst().orElseThrow().get()[1]));

        assertThat(indicator.document().object().version()).isEqualTo("2026-12-01T09:30:00.123Z");
        assertThat(address.document().object().version()).isNull();
    }

    @Test
    void anIdentifierThatIsNotTypeAndUuidIsRefusedNamingId() {
        assertThat(refusal("\"id\": \"indicator--not-a-uuid\"")).contains("id: must be indicator--UUID");
        assertThat(refusal("\"id\": \"malware--6b616fc1-1505-48e3-8b2c-0d19337bff38\""))
                .contains("id: must start with indicator--");
    }

    @Test
    void aMissingRequiredPropertyIsRefusedNamingIt() {
        assertThat(refusal("\"pattern_type\": null")).contains("pattern_type: must not be null");
        ObjectNode withoutValidFrom = (ObjectNode) StixCodec.MAPPER.readTree(indicator(""));
        withoutValidFrom.remove("valid_from");
        assertThat(StixCodec.read(withoutValidFrom).reasons())
                .contains("valid_from: is required");
    }

    @Test
    void aTimestampWithoutUtcOrMillisecondsIsRefusedNamingTheProperty() {
        assertThat(refusal("\"valid_from\": \"2026-12-01T08:00:00+08:00\""))
                .contains("valid_from: must be an RFC 3339 timestamp in UTC");
        assertThat(refusal("\"created\": \"2026-11-30T08:00:00Z\"")).contains("created: must be precise to the millisecond");
        assertThat(refusal("\"modified\": \"2026-11-29T08:00:00.000Z\"")).contains("modified: must not be before created");
    }

    @Test
    void aPatternThatDoesNotParseIsRefusedNamingPatternAndWhere() {
        assertThat(refusal("\"pattern\": \"[ipv4-addr:value = '1.2.3.4'\""))
                .contains("pattern: expected ] before the end");
        assertThat(refusal("\"pattern\": \"[ipv4-addr:value = '1.2.3.4' AND domain-name:value = 'a.example']\""))
                .contains("pattern: comparisons joined by AND must all test the same object type");
    }

    @Test
    void aPropertyOfTheWrongTypeOrAnUnknownTypeIsRefused() {
        assertThat(refusal("\"confidence\": \"high\"")).contains("confidence: has the wrong type of value");
        assertThat(refusal("\"confidence\": 101")).contains("confidence: must be between 0 and 100");
        assertThat(refusal("\"Bad-Name\": 1")).contains("Bad-Name: is not a property of indicator");
        assertThat(StixCodec.read(StixCodec.MAPPER.readTree("{\"type\": \"x-unknown\"}")).reasons())
                .contains("type: 'x-unknown' is not a STIX 2.1 type");
    }

    private static String refusal(String replacement) {
        StixCodec.Read read = StixCodec.read(StixCodec.MAPPER.readTree(indicator(replacement)));
        assertThat(read.accepted()).isFalse();
        return read.reasons();
    }

    /** The indicator of the samples, with one property replaced (or added). */
    private static String indicator(String replacement) {
        ObjectNode node = (ObjectNode) StixCodec.MAPPER.readTree((String) everyDomainAndRelationshipObject()
                .filter(a -> a.get()[0].equals("indicator")).findFirst().orElseThrow().get()[1]);
        if (!replacement.isEmpty()) {
            ObjectNode patch = (ObjectNode) StixCodec.MAPPER.readTree("{" + replacement + "}");
            patch.properties().forEach(p -> node.set(p.getKey(), p.getValue()));
        }
        return node.toString();
    }
}
