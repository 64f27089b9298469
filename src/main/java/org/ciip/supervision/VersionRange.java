package org.ciip.supervision;

/**
 * The versions a warning says are affected, as OSV ranges put it: from {@code introduced} (inclusive; null for every
 * version before the bound that follows) up to {@code fixed} (exclusive) or {@code lastAffected} (inclusive); with
 * neither, every version from {@code introduced} on.
 */
public record VersionRange(String introduced, String fixed, String lastAffected) {

    /** Whether {@code version} lies in the range, ordered as {@code ecosystem} orders; an unreadable version does not. */
    public boolean contains(Ecosystem ecosystem, String version) {
        if (version == null || version.isBlank()) {
            return false;
        }
        try {
            if (introduced != null && ecosystem.compare(version, introduced) < 0) {
                return false;
            }
            if (fixed != null && ecosystem.compare(version, fixed) >= 0) {
                return false;
            }
            return lastAffected == null || ecosystem.compare(version, lastAffected) <= 0;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Null when the range is sound; otherwise what is wrong with it, in English. */
    public String problem(Ecosystem ecosystem) {
        if (fixed != null && lastAffected != null) {
            return "gives both fixed and lastAffected: one upper bound only";
        }
        if (introduced == null && fixed == null && lastAffected == null) {
            return "needs at least one of introduced, fixed and lastAffected";
        }
        try {
            String upper = fixed != null ? fixed : lastAffected;
            if (introduced != null && upper != null) {
                int c = ecosystem.compare(upper, introduced);
                if (fixed != null ? c <= 0 : c < 0) {
                    return (fixed != null ? "fixed" : "lastAffected") + " must come after introduced";
                }
            }
            for (String v : new String[] {introduced, fixed, lastAffected}) {
                if (v != null) {
                    ecosystem.compare(v, v);
                }
            }
        } catch (IllegalArgumentException e) {
            return "is not a version of " + ecosystem.name() + ": " + e.getMessage();
        }
        return null;
    }
}
