package org.ciip.supervision;

import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * Inspections (Art. 26-28) waiting: for the operator inspected, planned ones to confirm and findings to rectify (it
 * cooperates, Art. 28); for the inspecting bodies, rectified findings to verify (Art. 26). One statement.
 */
@Component
class InspectionWork implements WorkQueue {

    private final InspectionRecords inspections;

    InspectionWork(InspectionRecords inspections) {
        this.inspections = inspections;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.organizationId() == null) {
            return List.of();
        }
        long[] waiting = inspections.waiting(actor.organizationId());
        return WorkItem.nonZero(
                new WorkItem(WorkItem.Urgency.ACTION, "work.inspection.confirm", waiting[0],
                        "/inspections?status=PLANNED", "28"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.inspection.rectify", waiting[1],
                        "/inspections?status=CONFIRMED", "28"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.inspection.verify", waiting[2],
                        "/inspections?status=CONFIRMED", "26"));
    }
}
