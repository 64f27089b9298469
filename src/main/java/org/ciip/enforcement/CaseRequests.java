package org.ciip.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The bodies of the steps of an enforcement case, as the API and the forms take them. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /**
     * Opens a case. {@code sourceKind}: COMPLIANCE (the breach the compliance engine found for the article), INCIDENT
     * ({@code sourceRef} the incident's id, e.g. a late report under Art. 40) or MANUAL. For Art. 43, the respondent is
     * a PERSON or a UNIT named by {@code respondentName}; otherwise {@code operatorId}.
     */
    public record NewCase(String article, UUID operatorId, String respondentKind, String respondentName,
            String sourceKind, String sourceRef, String facts, LocalDate actDate, List<NewPerson> persons) {
    }

    /** A directly responsible person; the identity number is kept only as a keyed hash and its last four. */
    public record NewPerson(String name, String position, String idNumber) {
    }

    /** The order to correct: what to correct, within how many days (counted as the Civil Code counts), warned. */
    public record Order(String requirements, Integer correctWithinDays, Boolean warning) {
    }

    public record Answer(String correction, String evidence) {
    }

    /** {@code outcome}: CORRECTED closes the case; REFUSED finds a refusal to correct. */
    public record Verification(String outcome, String note) {
    }

    public record Harm(String severity, String description) {
    }

    /**
     * A penalty decision. {@code basisCode} is the basis the authority applies (default: the one the date rule points
     * to); {@code persons} sets each named person's fine (and, under Art. 43, detention) by {@code seq}. Under Art.
     * 43, {@code sanctionKind} (PUBLIC_SECURITY_PUNISHMENT or CRIMINAL_PUNISHMENT) and {@code breachedArticle} (31 or
     * 5(2)) enter the persons with identity numbers in the sanctions register, with the ban they carry.
     */
    public record Decision(String ground, String basisCode, BigDecimal unitFine, BigDecimal purchaseAmount,
            BigDecimal confiscation, List<PersonPenalty> persons, String reasons, String sanctionKind,
            String breachedArticle) {
    }

    public record PersonPenalty(Integer seq, BigDecimal fine, Integer detentionDays) {
    }
}
