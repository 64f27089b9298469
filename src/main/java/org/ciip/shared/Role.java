package org.ciip.shared;

/** Roles inside an organization (DESIGN.md §3). Writes need STAFF or above; approvals PRINCIPAL or SECURITY_OFFICER. */
public enum Role {
    /** Main person in charge, Art. 13. */
    PRINCIPAL,
    /** Head of the security management institution, Art. 14. */
    SECURITY_OFFICER,
    STAFF,
    VIEWER;

    public boolean canWrite() {
        return this != VIEWER;
    }

    public boolean canApprove() {
        return this == PRINCIPAL || this == SECURITY_OFFICER;
    }
}
