package org.ciip.shared;

import java.time.ZoneId;

/** China uses one time zone; a legal date is a date in it. */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }
}
