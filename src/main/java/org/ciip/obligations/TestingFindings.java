package org.ciip.obligations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How the findings of authorized testing (Art. 31) reach the operator: as assessments of the tested assets (Art. 17),
 * performed by the testing agency or department, with the findings open for rectification.
 */
public interface TestingFindings {

    /** Why a CVSS vector is not a complete v3.1 or v4.0 base vector, or empty when it is (or is blank). */
    Optional<String> cvssProblem(String vector);

    /** Records one assessment per asset with the findings on it; their ids. */
    List<UUID> handOver(Handover handover);

    /**
     * The findings of one authorization: who tested ({@code performerId}, an agency, the operator itself or a
     * department), the period, and the findings with the dates to rectify by.
     */
    record Handover(String authorizationNumber, UUID operatorId, UUID performerId, String scope, LocalDate startedOn,
            LocalDate endedOn, String owner, List<Finding> findings) {
    }

    record Finding(UUID assetId, String title, String severity, String cvssVector, LocalDate rectifyBy) {
    }
}
