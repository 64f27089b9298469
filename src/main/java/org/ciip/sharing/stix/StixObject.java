package org.ciip.sharing.stix;

/**
 * A STIX 2.1 object as CIIP reads and writes it: a domain object, a relationship object, a cyber-observable object or a
 * marking definition. Each is a record of the properties the specification defines for its type; properties it does
 * not define travel beside it ({@link StixDocument}).
 */
public interface StixObject {

    String type();

    String id();

    /** The version of the object as TAXII counts it: {@code modified}, else {@code created}, else none. */
    String version();

    /** The object's marking definitions by reference (object_marking_refs), or null. */
    java.util.List<String> objectMarkingRefs();

    /** Checks the MUSTs of the specification for this type, naming each failing property. */
    void check(Check check);
}
