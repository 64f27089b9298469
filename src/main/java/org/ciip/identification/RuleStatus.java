package org.ciip.identification;

/**
 * Where an identification rule stands (Art. 9): drafted by a protection department, submitted to MPS for filing,
 * recorded by MPS with its record date, activated for use, superseded by the next version's activation.
 * {@link IdentificationRule} holds the transitions between them.
 */
public enum RuleStatus {
    DRAFT, SUBMITTED, FILED, ACTIVE, SUPERSEDED
}
