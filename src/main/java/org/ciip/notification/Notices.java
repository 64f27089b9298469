package org.ciip.notification;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How the notification listeners of other modules' events publish the notices they compose: in the transaction of
 * the change, to {@link NoticeDelivery} (inbox and webhooks) and, through the event publication registry, to e-mail.
 */
@Component
class Notices {

    private final ApplicationEventPublisher events;

    Notices(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Publishes many notices of one change as one batch (one statement to deliver them, one e-mail publication); those
     * with no recipient are left out.
     */
    void tellAll(java.util.List<Notice> notices) {
        java.util.List<Notice> addressed = notices.stream().filter(n -> !n.recipients().isEmpty()).toList();
        if (addressed.size() == 1) {
            events.publishEvent(addressed.getFirst());
        } else if (!addressed.isEmpty()) {
            events.publishEvent(new NoticeBatch(addressed));
        }
    }

    /** Publishes a notice; one with no recipient reaches nobody and is not published. */
    void tell(Notice notice) {
        if (!notice.recipients().isEmpty()) {
            events.publishEvent(notice);
        }
    }
}
