package org.ciip.obligations.program;

import java.util.List;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.work.WorkItem;
import org.ciip.shared.work.WorkQueue;
import org.springframework.stereotype.Component;

/**
 * The duties of the security program (Chapter III) that wait: for an operator, its own duties not met and due soon; for
 * a protection department, the duties not met across its operators, from the same evaluation as its program overview.
 */
@Component
class ProgramWork implements WorkQueue {

    private final ProgramStatusService programs;

    ProgramWork(ProgramStatusService programs) {
        this.programs = programs;
    }

    @Override
    public List<WorkItem> itemsFor(Actor actor) {
        if (actor.is(OrganizationKind.OPERATOR)) {
            ProgramStatusService.OperatorProgram own = programs.forOperator(actor, actor.organizationId());
            String link = "/operators/" + actor.organizationId() + "/program";
            return WorkItem.nonZero(
                    new WorkItem(WorkItem.Urgency.OVERDUE, "work.program.notMet", own.notMet(), link, null),
                    new WorkItem(WorkItem.Urgency.DUE_SOON, "work.program.dueSoon", own.dueSoon(), link, null));
        }
        if (actor.is(OrganizationKind.PROTECTION_DEPARTMENT)) {
            List<ProgramStatusService.OperatorProgram> all = programs.forJurisdiction(actor);
            long duties = all.stream().mapToLong(ProgramStatusService.OperatorProgram::notMet).sum();
            long operators = all.stream().filter(p -> p.notMet() > 0).count();
            return WorkItem.nonZero(new WorkItem(WorkItem.Urgency.OVERDUE, "work.program.operatorsNotMet", duties,
                    "/program/overdue", null, List.of(operators)));
        }
        return List.of();
    }
}
