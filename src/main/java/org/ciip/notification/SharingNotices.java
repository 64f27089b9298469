package org.ciip.notification;

import java.util.List;
import org.ciip.sharing.ObjectsAdded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notices of threat information sharing (Art. 23), in Chinese and English: the organization that runs a
 * collection hears of the sightings others report in it (their tools pushing back what they saw of its indicators).
 */
@Component
class SharingNotices {

    private final Notices notices;

    SharingNotices(Notices notices) {
        this.notices = notices;
    }

    @EventListener
    void on(ObjectsAdded e) {
        if (e.sightings() == 0 || e.addedBy() == null || e.addedBy().equals(e.runBy())) {
            return;
        }
        notices.tell(new Notice("sharing:" + e.statusId(), List.of(e.runBy()), e.auditAction(), "23",
                e.sightings() + " new sighting(s) reported in " + e.collectionTitle(),
                e.collectionTitle() + " 收到 " + e.sightings() + " 条新的目击报告", null, null,
                "/sharing/collections/" + e.collectionId() + "?type=sighting"));
    }
}
