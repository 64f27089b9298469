package org.ciip.incident;

/**
 * Where an incident stands: reported and being handled; its handling ended, so the final report is due (Measures
 * Art. 8); closed by the final report. {@link Incident} holds the transitions between them.
 */
public enum IncidentStatus {
    OPEN, HANDLING_ENDED, CLOSED
}
