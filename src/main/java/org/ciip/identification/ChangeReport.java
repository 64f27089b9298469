package org.ciip.identification;

import java.util.UUID;
import org.ciip.shared.api.ApiException;

/**
 * A change report's lifecycle (Art. 11): OPEN until the department re-certifies the asset. The re-certification is
 * written by an UPDATE that names OPEN, so that of two concurrent re-certifications only one records a decision.
 */
record ChangeReport(UUID id, ChangeReportStatus status) {

    static ChangeReport of(ChangeReporting.ChangeReportView view) {
        return new ChangeReport(view.id(), view.status());
    }

    void requireOpen() {
        if (status != ChangeReportStatus.OPEN) {
            throw ApiException.conflict("This change report was already re-certified.");
        }
    }
}
