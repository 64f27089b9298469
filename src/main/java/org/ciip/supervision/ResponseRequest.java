package org.ciip.supervision;

/**
 * An operator's answer for a matched asset: {@code status} by its name; a justification for NOT_AFFECTED and
 * RISK_ACCEPTED, and for RISK_ACCEPTED the principal who approved it; evidence (what was done, where it is recorded).
 */
public record ResponseRequest(String status, String justification, String approvedBy, String evidence) {
}
