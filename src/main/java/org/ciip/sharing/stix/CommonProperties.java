package org.ciip.sharing.stix;

import java.util.List;

/** What the common properties of every object with a record of them answer, and how they are checked. */
public interface CommonProperties {

    String type();

    String id();

    List<String> objectMarkingRefs();

    /** Checks the common properties' MUSTs, the id being of {@code expectedType}. */
    void check(Check c, String expectedType);
}
