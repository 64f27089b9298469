package org.ciip.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The body of a sector security plan's draft (Art. 22): its period, objectives, basic requirements and tasks. A task
 * is for one operator ({@code assignee: OPERATOR} with {@code operatorId}), every operator of the department's
 * sectors ({@code SECTOR}), or those of one province ({@code PROVINCE} with its two-digit {@code province}).
 */
public record SectorPlanRequest(String title, LocalDate periodFrom, LocalDate periodTo, String objectives,
        String requirements, List<Task> tasks) {

    public record Task(String title, String measures, LocalDate dueOn, String assignee, UUID operatorId,
            String province) {
    }
}
