package org.ciip.identification;

/** Where a change report stands (Art. 11): waiting for the department's re-certification, or re-certified. */
public enum ChangeReportStatus {
    OPEN, RECERTIFIED
}
