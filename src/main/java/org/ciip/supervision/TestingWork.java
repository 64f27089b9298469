package org.ciip.supervision;

import java.time.Clock;
import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.LegalTime;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/** Testing requests (Art. 31) whose approval step for the organization is still undecided, those past their day first. */
@Component
class TestingWork implements WorkQueue {

    private final Authorizations authorizations;
    private final Clock clock;

    TestingWork(Authorizations authorizations, Clock clock) {
        this.authorizations = authorizations;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.organizationId() == null) {
            return List.of();
        }
        long[] waiting = authorizations.stepsWaiting(actor.organizationId(), LegalTime.today(clock));
        return WorkItem.nonZero(
                new WorkItem(WorkItem.Urgency.OVERDUE, "work.testing.stepOverdue", waiting[1],
                        "/testing?status=REQUESTED", "31"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.testing.step", waiting[0], "/testing?status=REQUESTED",
                        "31"));
    }
}
