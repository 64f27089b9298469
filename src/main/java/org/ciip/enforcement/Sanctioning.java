package org.ciip.enforcement;

import java.time.LocalDate;
import java.util.UUID;
import org.ciip.shared.Actor;

/**
 * Entering a person in the sanctions register from another module's record (Art. 43 para 3): a public security organ
 * or MPS punishes testing of CII without authorization (Art. 31), with the ban the kind of punishment carries.
 */
public interface Sanctioning {

    /**
     * Registers the punishment of a person for unauthorized testing (Art. 31) and answers the entry's id; a bad field
     * answers 400 naming it ({@code personName}, {@code idNumber}, {@code kind}, {@code decidedOn}), a caller that
     * keeps no register 403.
     */
    UUID registerUnauthorizedTesting(Actor actor, String personName, String idNumber, String kind, LocalDate decidedOn);
}
