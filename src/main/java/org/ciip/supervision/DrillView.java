package org.ciip.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A drill a protection department organizes (Art. 25): scenario, date, objectives, targets in minutes from the start
 * of the scenario (the report target is the 1-hour clock of Art. 18 unless set otherwise), each participant's measured
 * times, and the after-action findings with their deadlines. An operator sees its own results and findings only.
 */
public record DrillView(UUID id, String number, UUID departmentId, String departmentName, UUID emergencyPlanId,
        Integer emergencyPlanVersion, String title, String scenario, String objectives, LocalDate heldOn,
        Targets targets, String status, Instant heldAt, List<Participant> participants, List<Finding> findings) {

    public record Targets(int detect, int report, int contain, int recover) {
    }

    public record Participant(UUID operatorId, String operatorName, Integer detected, Integer reported,
            Integer contained, Integer recovered, Instant measuredAt) {

        /** Whether the first report came within the report target (null until measured). */
        public Boolean reportedInTime(Targets t) {
            return reported == null ? null : reported <= t.report();
        }

        /** Whether every measured time met its target (null until measured). */
        public Boolean metTargets(Targets t) {
            if (measuredAt == null) {
                return null;
            }
            return detected <= t.detect() && reported <= t.report() && contained <= t.contain()
                    && recovered <= t.recover();
        }
    }

    public record Finding(int seq, UUID operatorId, String operatorName, String title, LocalDate dueOn,
            Instant doneAt, String doneNote, boolean overdue) {
    }
}
