/** Accounts, roles, sign-in, API tokens; resolves the caller's {@link org.ciip.shared.Jurisdiction}. */
package org.ciip.identity;
