package org.ciip.incident;

/** What of its incidents waits for an organization, as its work queue and the incident list name it. */
public enum IncidentQueue {
    /** A reporting clock ran out and its duty is still not met (Art. 18, Art. 40). */
    OVERDUE,
    /** A reporting clock runs on the reader's organization. */
    RUNNING,
    /** Reported or forwarded to the reader's organization and not yet acknowledged. */
    UNACKNOWLEDGED
}
