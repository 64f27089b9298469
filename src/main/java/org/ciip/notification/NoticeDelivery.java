package org.ciip.notification;

import org.ciip.notification.inbox.InboxService;
import org.ciip.notification.webhook.WebhookService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each notice to its recipients' inboxes and queues it for their webhooks. It runs after the publishing
 * transaction commits, off the request thread and in one transaction of its own (so a request never holds two
 * connections): one event publication per notice for both, which the registry retries until it completes. Both writes
 * are idempotent, so a retried delivery is a no-op. E-mail has a publication of its own, because it talks to another
 * server.
 */
@Component
class NoticeDelivery {

    private final InboxService inbox;
    private final WebhookService webhooks;

    NoticeDelivery(InboxService inbox, WebhookService webhooks) {
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @ApplicationModuleListener
    void deliver(Notice notice) {
        inbox.deliver(notice);
        webhooks.enqueue(notice);
    }
}
