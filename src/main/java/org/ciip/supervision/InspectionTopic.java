package org.ciip.supervision;

/** What an inspection looks at: the scope compared when two bodies' inspections of one operator may overlap. */
public enum InspectionTopic {
    ASSET_INVENTORY, SECURITY_PROGRAM, INCIDENT_RESPONSE, VULNERABILITIES, SUPPLY_CHAIN, DATA_PROTECTION, PERSONNEL,
    CRYPTOGRAPHY, SECRECY
}
