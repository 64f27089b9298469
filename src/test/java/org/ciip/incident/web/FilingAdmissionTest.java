package org.ciip.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Incident filing beyond capacity is turned away at once with 503 and Retry-After, instead of queueing. */
class FilingAdmissionTest {

    static MockHttpServletRequest filing() {
        return new MockHttpServletRequest("POST", "/api/v1/incidents");
    }

    @Test
    void aFilingBeyondTheLimitIsAnswered503WithRetryAfterAndNotWorkedOn() throws Exception {
        FilingAdmission admission = new FilingAdmission(1, Duration.ZERO);
        AtomicInteger worked = new AtomicInteger();
        AtomicReference<MockHttpServletResponse> second = new AtomicReference<>();

        MockHttpServletResponse first = new MockHttpServletResponse();
        admission.doFilter(filing(), first, (req, res) -> {
            worked.incrementAndGet();
            // a second filing arrives while the first one holds the only place
            MockHttpServletResponse busy = new MockHttpServletResponse();
            admission.doFilter(filing(), busy, (r, s) -> worked.incrementAndGet());
            second.set(busy);
        });

        assertThat(worked).as("only the first was worked on").hasValue(1);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.get().getStatus()).isEqualTo(503);
        assertThat(second.get().getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.get().getHeader("Cache-Control")).as("a refusal is not cached").isEqualTo("no-store");
        assertThat(second.get().getContentType()).startsWith("application/problem+json");
        assertThat(second.get().getContentAsString()).contains("nothing was recorded").contains("Idempotency-Key");

        MockHttpServletResponse third = new MockHttpServletResponse();
        admission.doFilter(filing(), third, (req, res) -> worked.incrementAndGet());
        assertThat(third.getStatus()).as("the place is free again once the first has been answered").isEqualTo(200);
        assertThat(worked).hasValue(2);
    }

    @Test
    void readsAndOtherWritesAreNotLimited() throws Exception {
        FilingAdmission admission = new FilingAdmission(1, Duration.ZERO);
        AtomicInteger worked = new AtomicInteger();
        admission.doFilter(filing(), new MockHttpServletResponse(), (req, res) -> {
            admission.doFilter(new MockHttpServletRequest("GET", "/api/v1/incidents"), new MockHttpServletResponse(),
                    (r, s) -> worked.incrementAndGet());
            admission.doFilter(new MockHttpServletRequest("POST", "/api/v1/incidents/x/supplements"),
                    new MockHttpServletResponse(), (r, s) -> worked.incrementAndGet());
        });
        assertThat(worked).hasValue(2);
    }
}
