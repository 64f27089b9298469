package org.ciip.sharing;

import java.time.Instant;
import java.util.List;

/**
 * Which objects of a collection, as TAXII 2.1 filters them ({@code added_after}, {@code limit}, {@code next},
 * {@code match[id|type|version|spec_version]}) and the feed adds (marking, text, a window of date added, newest first).
 * {@code versions}: {@code last} (the default), {@code first}, {@code all} or timestamps.
 */
public record ObjectQuery(Instant addedAfter, Integer limit, String next, List<String> ids, List<String> types,
        List<String> versions, List<String> specVersions, Tlp tlp, String text, Instant addedBefore,
        boolean newestFirst) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public ObjectQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        types = types == null ? List.of() : List.copyOf(types);
        versions = versions == null || versions.isEmpty() ? List.of("last") : List.copyOf(versions);
        specVersions = specVersions == null ? List.of() : List.copyOf(specVersions);
    }

    /** TAXII's filters only. */
    public static ObjectQuery taxii(Instant addedAfter, Integer limit, String next, List<String> ids,
            List<String> types, List<String> versions, List<String> specVersions) {
        return new ObjectQuery(addedAfter, limit, next, ids, types, versions, specVersions, null, null, null, false);
    }

    public int pageSize() {
        return limit == null || limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
    }
}
