package org.ciip.sharing.stix;

import java.util.List;

/**
 * An object whose common properties are a record of their own (domain, relationship and cyber-observable objects):
 * they answer its type, id and markings, and are checked before its own properties.
 */
public interface WithCommon extends StixObject {

    CommonProperties common();

    @Override
    default String type() {
        return common().type();
    }

    @Override
    default String id() {
        return common().id();
    }

    @Override
    default List<String> objectMarkingRefs() {
        return common().objectMarkingRefs();
    }

    @Override
    default void check(Check c) {
        common().check(c, type());
        checkOwn(c);
    }

    /** Checks the MUSTs of the object's own properties. */
    void checkOwn(Check c);
}
