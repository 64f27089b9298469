package org.ciip.identity;

import java.util.List;

/** Second factors (authenticator apps), for other modules: the demo world enrols its accounts through this. */
public interface Authenticators {

    /** Enrols accounts with one given TOTP secret (base32), replacing what they had: the demo world's shared one. */
    void enrolWithSecret(List<String> usernames, String base32Secret);

    /** A new random TOTP secret, in base32. */
    String newSecret();
}
