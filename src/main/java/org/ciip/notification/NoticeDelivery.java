package org.ciip.notification;

import org.ciip.notification.inbox.InboxService;
import org.ciip.notification.webhook.WebhookService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers each notice to its recipients' inboxes and queues it for their webhooks, in the transaction that publishes
 * it: a change and its notices commit together or not at all, so no notice of a committed change can be lost, and no
 * second transaction is needed. Both writes are idempotent (unique per organization or endpoint and event key). The
 * webhook queue is sent after the commit by {@link WebhookService#dispatch()}; e-mail, which talks to another server,
 * goes through the event publication registry ({@code MailDelivery}).
 */
@Component
class NoticeDelivery {

    private final InboxService inbox;
    private final WebhookService webhooks;

    NoticeDelivery(InboxService inbox, WebhookService webhooks) {
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @EventListener
    void deliver(Notice notice) {
        inbox.deliver(notice);
        webhooks.enqueue(notice);
    }
}
