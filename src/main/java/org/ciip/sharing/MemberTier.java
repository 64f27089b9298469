package org.ciip.sharing;

/**
 * How an organization belongs to a collection, and so which TLP levels it reads there: a MEMBER of the sharing group
 * reads up to TLP:AMBER, a PARTNER of the wider community up to TLP:GREEN, a GUEST only TLP:CLEAR. TLP:AMBER+STRICT and
 * TLP:RED reach only the recipients named on the object, whatever the tier.
 */
public enum MemberTier {
    MEMBER, PARTNER, GUEST;

    public boolean reads(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> true;
            case GREEN -> this != GUEST;
            case AMBER -> this == MEMBER;
            case AMBER_STRICT, RED -> false;
        };
    }
}
