package org.ciip.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the accountability of departments shows (Art. 44, 45, 47). */
public final class AccountabilityViews {

    private AccountabilityViews() {
    }

    /**
     * A department's (or another authority's) missed duties that CIIP knows.
     *
     * @param lateForwardings        incidents it forwarded late to CAC or MPS, or not yet although due (Art. 18)
     * @param lateRecertifications   change reports it re-certified after the three months, or not yet though due
     *                               (Art. 11)
     * @param ordersNotFollowedUp    its orders to correct whose deadline (or the operator's answer) is older than the
     *                               follow-up period without a verification or a finding of refusal (Art. 39-42)
     * @param conductReports         reports of fees or designated brands against it (Art. 45)
     * @param conductFounded         of those, the ones MPS or CAC found founded
     */
    public record DepartmentDuties(UUID organizationId, String name, String nameEn, String kind, long lateForwardings,
            long lateRecertifications, long ordersNotFollowedUp, long conductReports, long conductFounded) {

        public long missed() {
            return lateForwardings + lateRecertifications + ordersNotFollowedUp + conductFounded;
        }
    }

    public record ConductReport(UUID id, UUID operatorId, String operatorName, UUID bodyId, String bodyName,
            String kind, String description, BigDecimal amount, Instant reportedAt, String reportedBy,
            ConductStatus status, String decidedBy, Instant decidedAt, String outcome, BigDecimal refund) {
    }

    public record Investigation(UUID id, UUID incidentId, UUID operatorId, String operatorName, String openedBy,
            String openedByOrganization, Instant openedAt, InvestigationStatus status, Boolean liabilityAccident,
            String conclusion, Instant concludedAt, List<Finding> findings) {
    }

    public record Finding(int seq, UUID partyOrgId, String partyName, String partyRole, boolean responsible,
            String finding) {
    }

    /** The body of a report of fees or designated brands. */
    public record NewConductReport(UUID bodyId, String kind, String description, BigDecimal amount) {
    }

    /** MPS's or CAC's finding on a report: founded (ordered to correct and refund) or not. */
    public record ConductDecision(Boolean founded, String outcome, BigDecimal refund) {
    }

    public record NewFinding(UUID partyOrgId, String partyName, String partyRole, Boolean responsible,
            String finding) {
    }

    public record Conclusion(Boolean liabilityAccident, String conclusion) {
    }
}
