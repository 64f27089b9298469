package org.ciip.incident.grading;

/** How seriously leaked, stolen, tampered or forged core or important data threatens national security and social
 * stability. */
public enum DataThreat {
    NONE,
    RELATIVELY_SERIOUS,
    SERIOUS,
    ESPECIALLY_SERIOUS
}
