package org.ciip.identity.account;

/**
 * Whether an account stands (DESIGN.md §3): the platform administrator proposes an account in an organization; its
 * principal or security officer (or, where it has none, the authority above it) confirms or rejects it. Only a
 * confirmed account signs in. The administrator's reset of a confirmed account's password or second factor proposes
 * it again, so that nobody who sets a credential for someone else also decides that the account stands.
 */
public enum AccountConfirmation {
    PROPOSED,
    CONFIRMED,
    REJECTED;

    /** A proposal is decided once, either way; a decided account stays as it was decided. */
    public boolean canBecome(AccountConfirmation next) {
        return this == PROPOSED && next != PROPOSED;
    }

    /** Only a confirmed account is proposed again by a reset; a rejected one stays rejected, a proposal stays one. */
    public boolean isProposedAgainByReset() {
        return this == CONFIRMED;
    }
}
