package org.ciip.obligations.program;

import java.time.LocalDate;
import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * A corporate change's lifecycle (Art. 21): REPORTED -> REQUIREMENTS_SET (the department may revise them) ->
 * COMPLETED. {@link CorporateChanges} writes each step with an UPDATE that names the states it expects.
 */
record CorporateChange(UUID id, CorporateChangeStatus status, LocalDate completedOn) {

    static CorporateChange of(RecordsService.CorporateChangeView view) {
        return new CorporateChange(view.id(), view.status(), view.completedOn());
    }

    /** The department sets (or revises) its requirements until the change is completed. */
    void requireOpenForRequirements() {
        if (status == CorporateChangeStatus.COMPLETED) {
            throw ApiException.conflict("This corporate change was completed on " + completedOn + ".");
        }
    }

    /** The operator completes the disposal once the department has set its requirements. */
    void requireCompletable() {
        if (status != CorporateChangeStatus.REQUIREMENTS_SET) {
            throw ApiException.conflict(status == CorporateChangeStatus.COMPLETED ? "This change is already completed."
                    : "The protection department has not set its requirements yet (Art. 21).");
        }
    }
}
