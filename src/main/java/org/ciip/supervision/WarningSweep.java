package org.ciip.supervision;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Marks missed acknowledgements and responses of warnings every minute; an update is safe on several instances. */
@Component
class WarningSweep {

    private final EarlyWarnings warnings;

    WarningSweep(EarlyWarnings warnings) {
        this.warnings = warnings;
    }

    @Scheduled(fixedDelayString = "${ciip.supervision.sweep-every:PT1M}", initialDelayString = "PT1M")
    void sweep() {
        warnings.markOverdue();
    }
}
