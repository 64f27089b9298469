package org.ciip.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An enforcement case as its two parties see it: the authority that opened it and the operator it is against.
 *
 * @param correctionOverdue whether the deadline to correct passed without an answer
 * @param documents         the numbered documents issued so far: {@code ORDER}, {@code DECISION}
 */
public record CaseView(UUID id, String number, UUID authorityId, String authorityName, UUID operatorId,
        String respondentName, String respondentKind, String article, String sourceKind, String sourceRef,
        String facts, LocalDate actDate, CaseStatus status, Instant openedAt, String openedBy, Order order,
        Answer answer, Verification verification, Instant refusalFoundAt, String refusalNote, Decision decision,
        List<Person> persons, List<Harm> harms, boolean correctionOverdue, List<String> documents) {

    public record Order(String number, Instant issuedAt, String issuedBy, String requirements, LocalDate correctBy,
            boolean warned) {
    }

    public record Answer(Instant answeredAt, String answeredBy, String correction, String evidence) {
    }

    public record Verification(Instant verifiedAt, String verifiedBy, String note) {
    }

    /**
     * @param reconsiderationUntil the last day to apply for administrative reconsideration (60 days)
     * @param lawsuitUntil         the last day to bring an administrative lawsuit (6 months)
     */
    public record Decision(String number, Instant decidedAt, String decidedBy, LocalDate decidedOn, String basisCode,
            int basisVersion, String basisCitationEn, String basisCitationZh, LegalBases.Ground ground,
            BigDecimal unitFine, BigDecimal purchaseAmount, BigDecimal confiscation, String reasons,
            LocalDate reconsiderationUntil, LocalDate lawsuitUntil) {
    }

    /** A directly responsible person; {@code fine} and {@code detentionDays} are set by the decision. */
    public record Person(int seq, String name, String position, String idLast4, BigDecimal fine,
            Integer detentionDays) {
    }

    public record Harm(int seq, LegalBases.Ground severity, String description, Instant recordedAt,
            String recordedBy) {
    }

    public boolean closed() {
        return status.closed();
    }
}
