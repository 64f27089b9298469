package org.ciip.compliance.engine;

/** Where an operator stands on one liability item on one date. */
public enum ComplianceStatus {
    NON_COMPLIANT, AT_RISK, COMPLIANT, NOT_APPLICABLE
}
