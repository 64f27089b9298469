package org.ciip.notification.inbox;

import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/** The notices of the organization's inbox not yet read, linking to the unread ones. */
@Component
class InboxWork implements WorkQueue {

    private final InboxService inbox;

    InboxWork(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        return WorkItem.nonZero(new WorkItem(WorkItem.Urgency.UNREAD, "work.inbox.unread",
                inbox.unreadCount(actor.organizationId()), "/inbox?unread=true", null));
    }
}
