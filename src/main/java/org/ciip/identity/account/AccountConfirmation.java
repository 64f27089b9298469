package org.ciip.identity.account;

/**
 * Whether an account stands (DESIGN.md §3): the platform administrator proposes an account in an organization; its
 * principal or security officer confirms or rejects it. Only a confirmed account signs in.
 */
public enum AccountConfirmation {
    PROPOSED,
    CONFIRMED,
    REJECTED;

    /** A proposal is decided once, either way; a decided account stays as it was decided. */
    public boolean canBecome(AccountConfirmation next) {
        return this == PROPOSED && next != PROPOSED;
    }
}
