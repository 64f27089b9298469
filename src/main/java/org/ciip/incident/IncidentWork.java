package org.ciip.incident;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The incidents waiting for an organization (Art. 18, Art. 40): clocks that ran out with their duty still not met,
 * clocks running on it (and of those, how many end within a day), and incidents reported or forwarded to it that it has
 * not acknowledged. One statement.
 */
@Component
class IncidentWork implements WorkQueue {

    /** A running clock that ends within this is counted as running out. */
    static final Duration RUNNING_OUT = Duration.ofHours(24);

    private final Incidents incidents;
    private final Clock clock;

    IncidentWork(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        Incidents.WorkCounts counts = incidents.workCounts(actor, clock.instant().plus(RUNNING_OUT));
        return WorkItem.nonZero(
                new WorkItem(WorkItem.Urgency.OVERDUE, "work.incident.overdue", counts.overdue(),
                        "/incidents?waiting=OVERDUE", "18"),
                new WorkItem(counts.runningOut() > 0 ? WorkItem.Urgency.DUE_SOON : WorkItem.Urgency.ACTION,
                        "work.incident.running", counts.running(), "/incidents?waiting=RUNNING", "18",
                        List.of(counts.runningOut())),
                new WorkItem(WorkItem.Urgency.ACTION, "work.incident.unacknowledged", counts.unacknowledged(),
                        "/incidents?waiting=UNACKNOWLEDGED", null));
    }
}
