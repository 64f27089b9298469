package org.ciip.identity;

import java.util.Set;
import java.util.UUID;
import org.ciip.shared.Role;

/** Accounts, for other modules (the demo world creates its accounts through this). */
public interface Accounts {

    boolean exists(String username);

    /** Creates an account as the current actor (the platform administrator, or the system). */
    UUID create(NewAccount account);

    /** Creates an account without the password policy: for the demo world only. */
    UUID createDemoAccount(NewAccount account);

    /** Sets a password without the strength policy: for the demo world only. */
    void resetDemoPassword(String username, String rawPassword);

    long count();

    /**
     * The current actor, principal or security officer of the account's organization, confirms or rejects (with a
     * reason) an account the administrator proposed.
     */
    void decide(UUID accountId, boolean confirm, String reason);

    /** Disables every demo account (demo mode is off); answers how many were enabled. */
    int disableDemoAccounts();

    /** Enables the demo accounts again (demo mode is on). */
    void enableDemoAccounts();

    /** Whether the account's password is this one (the demo world resets passwords only when they differ). */
    boolean hasPassword(String username, String rawPassword);

    /** Runs work as the given account, as if it had signed in: for the demo world and tests. */
    <T> T runAs(String username, java.util.function.Supplier<T> work);

    /** The e-mail addresses of an organization's enabled accounts that have one. */
    java.util.List<String> emailsOf(UUID organizationId);

    record NewAccount(String username, String displayName, UUID organizationId, Set<Role> roles, String password,
            String email) {

        public NewAccount(String username, String displayName, UUID organizationId, Set<Role> roles, String password) {
            this(username, displayName, organizationId, roles, password, null);
        }
    }
}
