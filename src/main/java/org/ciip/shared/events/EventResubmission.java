package org.ciip.shared.events;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries event deliveries that failed (a mail server down, a listener that threw) every minute. Publications left
 * incomplete by a crash are republished at start-up ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Listeners are idempotent, so a retry on two instances at once shows nothing twice.
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;

    EventResubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelayString = "${ciip.events.resubmit-every:PT1M}", initialDelayString = "PT1M")
    void resubmitFailed() {
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(1));
    }
}
