package org.ciip.incident;

import java.util.Map;

/**
 * The orders of the incident list ({@code sort=key,asc|desc}) on the page, its export and the API: when reported (the
 * default, newest first), the operator's name, the grade (gravest first when ascending) and the next clock (soonest
 * first when ascending, incidents without a running clock last).
 */
public final class IncidentListOrder {

    public static final Map<String, String> SORTABLE = Map.of("reportedAt", "i.reported_at", "operator",
            "lower(o.name)", "grade", "array_position(array['PARTICULARLY_MAJOR', 'MAJOR', 'RELATIVELY_MAJOR', "
                    + "'GENERAL']::varchar[], i.grade::varchar)", "nextDue", "coalesce(nd.due_at, 'infinity')");

    /** The default order: the newest report first. */
    public static final String DEFAULT_ORDER = "i.reported_at desc, i.id";

    private IncidentListOrder() {
    }
}
