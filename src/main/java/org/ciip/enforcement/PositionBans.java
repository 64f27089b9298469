package org.ciip.enforcement;

import java.time.LocalDate;
import java.util.Optional;

/** Whether the sanctions register bars a person from key positions (Art. 43 para 3), matched by keyed hash. */
public interface PositionBans {

    /**
     * The longest ban in force on {@code on} for the person with this identity-number hash: for life, or until a
     * date (inclusive). Expired bans do not match.
     */
    Optional<PositionBan> banFor(String idHash, LocalDate on);

    /** A ban as other modules may see it: its end, never the offence. */
    record PositionBan(LocalDate barredUntil, boolean barredForLife) {

        /** "barred for life" or "barred until 2031-03-15", as the operator is told. */
        public String wording() {
            return barredForLife ? "barred for life" : "barred until " + barredUntil;
        }
    }
}
