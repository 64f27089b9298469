package org.ciip.compliance.engine;

import java.util.List;
import java.util.UUID;

/**
 * One fact that decided an item: a message ({@code code} with {@code args}, English in {@code text}) and the records
 * it is about.
 *
 * @param recordType the kind of record ({@code PURCHASE}, {@code ASSET}, {@code ASSESSMENT}, {@code INCIDENT},
 *                   {@code CHANGE_REPORT}, {@code CORPORATE_CHANGE}, {@code PROGRAM}); null for none
 * @param recordIds  up to five of those records
 */
public record Fact(String code, List<Object> args, String text, String recordType, List<UUID> recordIds) {

    public Fact {
        args = args == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
        recordIds = recordIds == null ? List.of() : List.copyOf(recordIds);
    }

    static Fact of(String code, Object... args) {
        return new Fact(code, java.util.Arrays.asList(args), null, null, List.of());
    }

    /** The same fact with its message in the reader's language. */
    public Fact withText(String message) {
        return new Fact(code, args, message, recordType, recordIds);
    }

    Fact about(String type, List<UUID> ids) {
        return new Fact(code, args, text, type, ids);
    }
}
