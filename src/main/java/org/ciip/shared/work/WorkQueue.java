package org.ciip.shared.work;

import java.util.List;
import org.ciip.shared.Actor;

/**
 * What of one module's records waits for the actor's organization: overdue, waiting for its action, due soon or unread.
 * Each module that has such records answers it as a bean; the home page gathers them. An implementation answers in a
 * few set-based statements, within the actor's jurisdiction, and leaves out what counts zero.
 */
public interface WorkQueue {

    List<WorkItem> itemsFor(Actor actor);
}
