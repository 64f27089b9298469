package org.ciip.notification;

import java.util.UUID;

/** The inbox, for the navigation bar. */
public interface Inbox {

    long unreadCount(UUID organizationId);
}
