package org.ciip.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.ciip.incident.grading.Grade;
import org.ciip.incident.grading.ImpactFigures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

class CanonicalContentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static IncidentRequests.Report report() {
        return new IncidentRequests.Report(List.of(UUID.fromString("6a1f0e4e-1c1e-4a55-9b55-0c2f6b0d8a11")),
                Instant.parse("2026-11-24T08:15:30.123456Z"), "Beijing dispatching centre", "MP", "MP2",
                "Ransomware on the dispatching system", "Customer records encrypted", "Isolated the segment",
                JSON.readValue("{\"personalInfoRecordsLeaked\": 12000000, \"directEconomicLossCny\": 2500000}",
                        ImpactFigures.class),
                new IncidentRequests.Ransom(new BigDecimal("500.5"), "BTC", "Bitcoin wallet", LocalDate.of(2026, 11, 24)),
                null, null, null, null, null, "中文：说明", Grade.MAJOR, "Raised by the reporter");
    }

    private static void assertKeysSortedAtEveryLevel(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>(node.propertyNames());
            assertThat(names).isSorted();
            names.forEach(name -> assertKeysSortedAtEveryLevel(node.get(name)));
        } else if (node.isArray()) {
            node.forEach(CanonicalContentTest::assertKeysSortedAtEveryLevel);
        }
    }

    @Test
    void aSubmissionIsHashedAsJsonWithItsKeysSortedAtEveryLevelAndNoWhiteSpace() {
        String canonical = IncidentContent.canonicalJson(report());
        assertKeysSortedAtEveryLevel(JSON.readTree(canonical));
        assertThat(canonical).doesNotContain(": ", ", ", "\n").contains("\"summary\":\"Ransomware on the dispatching "
                + "system\"", "\"amount\":500.5", "\"discoveredAt\":\"2026-11-24T08:15:30.123456Z\"", "\"trend\":null");
    }

    @Test
    void theCanonicalFormIsTheOneEarlierReceiptsWereComputedOn() {
        // until now every version was written as its content turned into a sorted map, then written with sorted maps
        JsonMapper before = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        for (Object content : List.of(report(),
                new IncidentRequests.Supplement("Contained", "Stopped", "Unpatched VPN", null, null, null, null,
                        JSON.readValue("{\"peopleAffected\": 3}", ImpactFigures.class)),
                new IncidentRequests.FinalReport("cause", "response", "harm", null, "rectification", "lessons"),
                Map.of("handlingEndedAt", "2026-11-24T09:00:00Z"))) {
            assertThat(IncidentContent.canonicalJson(content))
                    .isEqualTo(before.writeValueAsString(before.convertValue(content, TreeMap.class)));
        }
    }
}
