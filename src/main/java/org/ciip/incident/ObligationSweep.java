package org.ciip.incident;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks missed reporting obligations late every 30 seconds; an update is safe on several instances at once. */
@Component
class ObligationSweep {

    private final IncidentReporting incidents;

    ObligationSweep(IncidentReporting incidents) {
        this.incidents = incidents;
    }

    @Scheduled(fixedDelayString = "${ciip.incident.sweep-every:PT30S}", initialDelayString = "PT30S")
    void sweep() {
        incidents.markLate();
    }
}
