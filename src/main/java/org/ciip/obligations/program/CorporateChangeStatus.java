package org.ciip.obligations.program;

/**
 * Where a corporate change stands (Art. 21): reported with the operator's disposal plan, given the protection
 * department's requirements, completed. {@link CorporateChange} holds the transitions.
 */
public enum CorporateChangeStatus {
    REPORTED, REQUIREMENTS_SET, COMPLETED
}
