package org.ciip.shared;

import java.util.EnumSet;
import java.util.Set;

/** The parties of the Regulations, as organizations in CIIP (DESIGN.md §1). */
public enum OrganizationKind {
    OPERATOR,
    PROTECTION_DEPARTMENT,
    PUBLIC_SECURITY_ORGAN,
    MPS,
    CAC,
    PROVINCIAL_CAC,
    TELECOM_AUTHORITY,
    SERVICE_AGENCY,
    SUPPLIER,
    PLATFORM_ADMIN,
    /** The state security organs, which inspect CII within their competence (Art. 28). */
    STATE_SECURITY,
    /** The secrecy (confidentiality) administration (Art. 28). */
    SECRECY_ADMINISTRATION,
    /** The cryptography (password) administration (Art. 28). */
    CRYPTOGRAPHY_ADMINISTRATION;

    /** Authorities whose names every party may look up in the organization directory. */
    public static final Set<OrganizationKind> AUTHORITIES = EnumSet.of(PROTECTION_DEPARTMENT, PUBLIC_SECURITY_ORGAN,
            MPS, CAC, PROVINCIAL_CAC, TELECOM_AUTHORITY, STATE_SECURITY, SECRECY_ADMINISTRATION,
            CRYPTOGRAPHY_ADMINISTRATION);

    public boolean isAuthority() {
        return AUTHORITIES.contains(this);
    }
}
