package org.ciip.identification;

import java.util.List;
import java.util.Map;
import org.ciip.registry.AssetRegistry;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.PageQuery;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * What waits for a protection department in identification: candidate assets to identify (Art. 10) and
 * re-certifications after change reports, those past their three months first (Art. 11).
 */
@Component
class IdentificationWork implements WorkQueue {

    private final AssetRegistry assets;
    private final Recertifications recertifications;

    IdentificationWork(AssetRegistry assets, Recertifications recertifications) {
        this.assets = assets;
        this.recertifications = recertifications;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (!actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            return List.of();
        }
        long candidates = assets.candidates(actor, PageQuery.of(0, 1, null, Map.of(), "a.created_at, a.id"))
                .totalElements();
        Recertifications.Counts counts = recertifications.counts(actor);
        return WorkItem.nonZero(
                new WorkItem(WorkItem.Urgency.OVERDUE, "work.identification.recertificationsOverdue",
                        counts.overdue(), "/identification/change-reports?overdue=true", "11"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.identification.recertifications",
                        counts.open() - counts.overdue(), "/identification/change-reports", "11"),
                new WorkItem(WorkItem.Urgency.ACTION, "work.identification.candidates", candidates,
                        "/identification", "10"));
    }
}
