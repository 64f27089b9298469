package org.ciip.supervision;

import java.time.Clock;
import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * What waits for an operator in the warnings that reached it (Art. 24): warnings to acknowledge, and matched assets to
 * answer for (Art. 15(2)), those past their time first. One statement.
 */
@Component
class WarningWork implements WorkQueue {

    private final Warnings warnings;
    private final Clock clock;

    WarningWork(Warnings warnings, Clock clock) {
        this.warnings = warnings;
        this.clock = clock;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (!actor.is(OrganizationKind.OPERATOR)) {
            return List.of();
        }
        Warnings.WorkCounts counts = warnings.workCounts(actor.organizationId(), clock.instant());
        return WorkItem.nonZero(
                new WorkItem(WorkItem.Urgency.OVERDUE, "work.warning.acknowledgeOverdue", counts.acknowledgeOverdue(),
                        "/warnings?waiting=ACKNOWLEDGE", "24"),
                new WorkItem(WorkItem.Urgency.OVERDUE, "work.warning.answerOverdue", counts.answerOverdue(),
                        "/warnings?waiting=ANSWER", "15(2)"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.warning.acknowledge", counts.toAcknowledge(),
                        "/warnings?waiting=ACKNOWLEDGE", "24"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.warning.answer", counts.toAnswer(),
                        "/warnings?waiting=ANSWER", "15(2)"));
    }
}
