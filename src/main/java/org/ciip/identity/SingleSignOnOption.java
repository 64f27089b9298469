package org.ciip.identity;

/** For the sign-in page: whether people may sign in through the deployment's OpenID Connect issuer. */
public interface SingleSignOnOption {

    /** Whether an issuer is configured (the client registration {@code sso}). */
    boolean configured();
}
