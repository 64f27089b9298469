package org.ciip.supervision;

/** What of the warnings that reached an operator still waits for it (Art. 24 warnings, answered under Art. 15(2)). */
public enum WarningQueue {
    /** Not yet acknowledged, within its clock or past it. */
    ACKNOWLEDGE,
    /** A matched asset has no answer yet. */
    ANSWER
}
