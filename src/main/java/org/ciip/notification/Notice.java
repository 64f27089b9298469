package org.ciip.notification;

import java.util.List;
import java.util.UUID;

/**
 * An event other modules publish, in the transaction of the change it reports, to tell organizations about it. It
 * reaches the recipients' inboxes and webhook queues in that transaction; an e-mail is stored with it and sent after
 * it commits, at least once. {@code eventKey} makes each delivery to each recipient happen once.
 *
 * @param eventKey   unique per occurrence, e.g. "identification:&lt;id&gt;:decided"
 * @param recipients organization ids
 * @param article    the article of the Regulations the notice is about, e.g. "10"
 * @param link       a path in the UI, e.g. "/identification/decisions/&lt;id&gt;"
 */
public record Notice(String eventKey, List<UUID> recipients, String kind, String article, String titleEn,
        String titleZh, String bodyEn, String bodyZh, String link) {
}
