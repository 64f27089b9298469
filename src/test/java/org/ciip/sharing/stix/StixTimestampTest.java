package org.ciip.sharing.stix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StixTimestampTest {

    @ParameterizedTest
    @CsvSource({
        "2026-12-02T08:00:00Z, 2026-12-02T08:00:00Z",
        "2026-12-02T08:00:00.1Z, 2026-12-02T08:00:00.100Z",
        "2026-12-02T08:00:00.123456789Z, 2026-12-02T08:00:00.123456789Z",
        "2016-12-31T23:59:60Z, 2016-12-31T23:59:59Z",
        "2024-02-29T00:00:00.000Z, 2024-02-29T00:00:00Z"
    })
    void aTimestampInUtcReadsAsItsInstant(String text, String instant) {
        assertThat(Check.parse(text)).isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-02T08:00:00z", "2026-12-02T08:00:00+08:00", "2026-12-02 08:00:00Z",
        "2026-02-30T08:00:00Z", "2026-13-01T00:00:00Z", "2026-12-02T24:00:00Z", "2026-12-02T08:00:00.Z",
        "2026-12-02T08:00Z", "26-12-02T08:00:00Z", "2026-12-02T08:0a:00Z"})
    void anythingElseIsNotATimestamp(String text) {
        assertThat(Check.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"2026-12-02T08:00:00.000Z, true", "2026-12-02T08:00:00.123456Z, true",
        "2026-12-02T08:00:00.12Z, false", "2026-12-02T08:00:00Z, false"})
    void createdAndModifiedArePreciseToTheMillisecond(String text, boolean precise) {
        assertThat(new Check().millisecondTimestamp("created", text).passed()).isEqualTo(precise);
    }
}
