package org.ciip.incident.grading;

/** Incident grades, highest first (National Cybersecurity Incident Reporting Measures, Art. 4 and annex). */
public enum Grade {
    PARTICULARLY_MAJOR(4),
    MAJOR(3),
    RELATIVELY_MAJOR(2),
    GENERAL(1);

    private final int rank;

    Grade(int rank) {
        this.rank = rank;
    }

    public boolean atLeast(Grade other) {
        return rank >= other.rank;
    }

    public static Grade higher(Grade a, Grade b) {
        return a.rank >= b.rank ? a : b;
    }
}
