package org.ciip.shared.work;

import java.util.List;

/**
 * One line of the home work queue: how many records of a kind wait, how urgently, and the list that shows them.
 *
 * @param urgency  how urgently they wait (the queue sorts by it)
 * @param message  the message code of the line; its arguments are {@code count} and then {@code args}
 * @param count    how many records
 * @param link     the filtered list that shows them (a path within CIIP)
 * @param article  the article of the Regulations that sets the duty or the time, cited beside the line; may be null
 * @param args     further arguments of the message
 */
public record WorkItem(Urgency urgency, String message, long count, String link, String article, List<Object> args) {

    public WorkItem {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
        if (link == null || !link.startsWith("/")) {
            throw new IllegalArgumentException("a work item links to a list within CIIP");
        }
        args = List.copyOf(args);
    }

    public WorkItem(Urgency urgency, String message, long count, String link, String article) {
        this(urgency, message, count, link, article, List.of());
    }

    /** How urgently records wait, the most urgent first. */
    public enum Urgency {
        /** A time the law sets has run out. */
        OVERDUE,
        /** Waiting for the organization to act, within its time. */
        ACTION,
        /** Due within the next days. */
        DUE_SOON,
        /** Notices not yet read. */
        UNREAD
    }

    /** The items of {@code candidates} that count more than zero. */
    public static List<WorkItem> nonZero(WorkItem... candidates) {
        return java.util.Arrays.stream(candidates).filter(i -> i.count() > 0).toList();
    }
}
