package org.ciip.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** China uses one time zone; a legal date is a date in it. */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Today's legal date by the injected clock. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private LegalTime() {
    }
}
