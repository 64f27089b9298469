package org.ciip.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;

import org.ciip.sharing.stix.pattern.PatternProblem;
import org.ciip.sharing.stix.pattern.StixPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StixPatternTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "[file:hashes.'SHA-256' = 'aec070645fe53ee3b3763059376134f058cc337247c978add178b6ccdfb0019f']",
        "[file:hashes.MD5 = 'cead3f77f6cda6ec00f57d76c9a6879f']",
        "[email-message:from_ref.value MATCHES '.+\\\\@example\\\\.com$' AND email-message:body_multipart[*].body_raw_ref.name LIKE 'pdf%']",
        "[network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_port IN (80, 443, 8080)]",
        "([ipv4-addr:value = '198.51.100.1/32'] OR [ipv4-addr:value ISSUBSET '203.0.113.0/24']) REPEATS 5 TIMES WITHIN 300 SECONDS",
        "[file:size > 1024 AND file:name NOT LIKE '%.txt'] START t'2026-01-01T00:00:00Z' STOP t'2026-02-01T00:00:00Z'",
        "[x509-certificate:issuer = 'CN=Evil' OR EXISTS x509-certificate:serial_number]",
        "[artifact:payload_bin = b'dGVzdA==' OR artifact:payload_bin = h'74657374']",
        "[windows-registry-key:values[0].name != 'Run']",
        "[process:is_hidden = true]"
    })
    void patternsOfTheSpecificationParse(String pattern) {
        assertThat(StixPattern.check(pattern).problem()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[ipv4-addr:value = '1.2.3.4'                         | EXPECTED             | 29",
        "ipv4-addr:value = '1.2.3.4'                          | EXPECTED             | 1",
        "[ipv4-addr:value = '1.2.3.4]                         | UNTERMINATED_STRING  | 20",
        "[ipv4-addr:value ~ '1.2.3.4']                        | UNEXPECTED_CHARACTER | 18",
        "[ipv4-addr:value = '1' AND url:value = 'x']          | MIXED_TYPES          | 28",
        "[ipv4-addr:value = '1'] START t'2026-13-01T00:00:00Z' STOP t'2027-01-01T00:00:00Z' | BAD_TIMESTAMP | 31",
        "[file:created > t'yesterday']                        | BAD_TIMESTAMP        | 17",
        "[file:content = h'abc']                              | BAD_BINARY           | 17",
        "[file:name MATCHES '(unclosed']                      | BAD_REGEX            | 20",
        "[ipv4-addr:value = '1'] REPEATS 0 TIMES              | BAD_QUALIFIER        | 25",
        "[ipv4-addr:value = '1'] extra                        | TRAILING             | 25",
        "[Bad_Type:value = '1']                               | BAD_NAME             | 2"
    })
    void aPatternThatDoesNotParseSaysWhatIsWrongAndWhere(String pattern, PatternProblem.Code code, int position) {
        PatternProblem problem = StixPattern.check(pattern.strip()).problem().orElseThrow();

        assertThat(problem.code()).isEqualTo(code);
        assertThat(problem.position()).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[domain-name:value = 'a.example'] AND [url:value = 'https://a.example/x']"})
    void aValidPatternAnswersTheObjectTypesItTests(String pattern) {
        assertThat(StixPattern.check(pattern).objectTypes()).containsExactlyInAnyOrder("domain-name", "url");
    }
}
