package org.ciip.sharing;

import java.time.Instant;
import java.util.UUID;

/** One version of a STIX object in a collection, as a reader allowed by its marking gets it; {@code json} is the object. */
public record SharedObject(long seq, String stixId, String type, Instant version, Instant dateAdded, Tlp tlp,
        String specVersion, UUID addedBy, String addedByName, String json) {
}
