package org.ciip.enforcement;

import java.util.Map;
import java.util.UUID;
import org.ciip.shared.events.AuditedEvent;

/**
 * The past-tense events of the accountability of departments: reports of fees or designated brands in inspections
 * and their finding (Art. 45), and liability-accident investigations (Art. 47). Each is audited in its transaction.
 */
public sealed interface AccountabilityEvent extends AuditedEvent {

    /** The events of a report of fees or designated brands, audited against the report. */
    sealed interface ConductEvent extends AccountabilityEvent {

        UUID reportId();

        @Override
        default String auditObjectType() {
            return "ConductReport";
        }

        @Override
        default Object auditObjectId() {
            return reportId();
        }
    }

    /** The events of a liability-accident investigation, audited against the investigation. */
    sealed interface InvestigationEvent extends AccountabilityEvent {

        UUID investigationId();

        @Override
        default String auditObjectType() {
            return "LiabilityInvestigation";
        }

        @Override
        default Object auditObjectId() {
            return investigationId();
        }
    }

    /**
     * An operator reported that an inspecting body charged fees or required designated brands (Art. 45);
     * {@code overseers} are MPS and CAC, who find on it.
     */
    record ConductReported(UUID reportId, UUID operatorId, UUID bodyId, String kind, java.util.List<UUID> overseers)
            implements ConductEvent {

        @Override
        public String auditAction() {
            return "CONDUCT_REPORTED";
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("kind", kind, "bodyId", bodyId.toString());
        }
    }

    /** MPS or CAC found whether the body did it; when founded, it is ordered to correct and refund. */
    record ConductDecided(UUID reportId, UUID operatorId, UUID bodyId, boolean founded)
            implements ConductEvent {

        @Override
        public String auditAction() {
            return founded ? "CONDUCT_FOUNDED" : "CONDUCT_UNFOUNDED";
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("bodyId", bodyId.toString(), "founded", founded);
        }
    }

    /** MPS or CAC opened an investigation of a major or particularly major incident (Art. 47). */
    record InvestigationOpened(UUID investigationId, UUID incidentId, UUID operatorId)
            implements InvestigationEvent {

        @Override
        public String auditAction() {
            return "LIABILITY_INVESTIGATION_OPENED";
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("incidentId", incidentId.toString());
        }
    }

    /** A responsibility found for the operator, a service agency or a department. */
    record LiabilityFound(UUID investigationId, int seq, String partyRole, boolean responsible)
            implements InvestigationEvent {

        @Override
        public String auditAction() {
            return "LIABILITY_FINDING_RECORDED";
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("seq", seq, "partyRole", partyRole, "responsible", responsible);
        }
    }

    /** The investigation concluded whether the incident was a liability accident. */
    record InvestigationConcluded(UUID investigationId, UUID operatorId, boolean liabilityAccident)
            implements InvestigationEvent {

        @Override
        public String auditAction() {
            return "LIABILITY_INVESTIGATION_CONCLUDED";
        }

        @Override
        public Map<String, ?> auditSummary() {
            return Map.of("liabilityAccident", liabilityAccident);
        }
    }
}
