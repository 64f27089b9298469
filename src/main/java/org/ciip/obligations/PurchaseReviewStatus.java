package org.ciip.obligations;

/**
 * The national security review of a purchase (Art. 19): not required, required and not yet decided, passed, or
 * failed (then reviewed again).
 */
public enum PurchaseReviewStatus {
    NOT_REQUIRED, REQUIRED, PASSED, FAILED
}
