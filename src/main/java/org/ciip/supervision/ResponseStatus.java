package org.ciip.supervision;

/**
 * An operator's answer for an asset a warning matched, in the terms of a VEX statement: not affected (the component
 * is present but not exploitable there, with a justification), mitigated, fixed, or the risk accepted (with a
 * justification and the principal who approved it).
 */
public enum ResponseStatus {
    NOT_AFFECTED, MITIGATED, FIXED, RISK_ACCEPTED;

    boolean needsJustification() {
        return this == NOT_AFFECTED || this == RISK_ACCEPTED;
    }
}
