package org.ciip.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;

/**
 * Whether two inspections overlap (Art. 27 para 2), as a pure policy: the same operator, inspected by different
 * bodies, with a common topic or asset, and no more than the window's days between the end of the one and the start
 * of the other (none when their dates meet).
 */
final class InspectionOverlap {

    /** What the policy compares of an inspection. */
    record Plan(UUID id, UUID operatorId, Set<UUID> bodies, Set<String> topics, Set<UUID> assets, LocalDate startsOn,
            LocalDate endsOn) {
    }

    private InspectionOverlap() {
    }

    static boolean overlap(Plan a, Plan b, int windowDays) {
        if (a.id().equals(b.id()) || !a.operatorId().equals(b.operatorId())
                || !Collections.disjoint(a.bodies(), b.bodies())) {
            return false;
        }
        boolean scope = !Collections.disjoint(a.topics(), b.topics()) || !Collections.disjoint(a.assets(), b.assets());
        return scope && gapDays(a, b) <= windowDays;
    }

    /** Days from the end of the earlier to the start of the later; 0 when their dates meet. */
    static long gapDays(Plan a, Plan b) {
        if (!a.startsOn().isAfter(b.endsOn()) && !b.startsOn().isAfter(a.endsOn())) {
            return 0;
        }
        Plan earlier = a.endsOn().isBefore(b.startsOn()) ? a : b;
        Plan later = earlier == a ? b : a;
        return ChronoUnit.DAYS.between(earlier.endsOn(), later.startsOn());
    }
}
