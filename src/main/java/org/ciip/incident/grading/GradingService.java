package org.ciip.incident.grading;

import java.time.Clock;
import java.time.Duration;
import org.ciip.shared.Expiring;
import org.ciip.shared.LegalTime;
import org.springframework.stereotype.Service;

/** The grading guide in force, read from the versioned reference data. */
@Service
public class GradingService {

    private final Expiring<GradingGuide> cached;

    GradingService(GradingGuides guides, Clock clock) {
        this.cached = new Expiring<>(() -> guides.inForceOn(LegalTime.today(clock)), Duration.ofSeconds(60), clock);
    }

    /** The guide in force today (the latest whose effective date has come), read again at most every minute. */
    public GradingGuide current() {
        return cached.get();
    }
}
