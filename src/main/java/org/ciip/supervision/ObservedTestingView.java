package org.ciip.supervision;

import java.time.Instant;
import java.util.UUID;

/**
 * Testing an operator observed and reported as unauthorized (Art. 31), with what CIIP found when it was reported
 * ({@code finding}: {@code NO_AUTHORIZATION}, {@code NOT_VALID}, {@code OUTSIDE_WINDOW}, {@code WRONG_SOURCE} or
 * {@code WRONG_TARGET}) and the sanction public security entered for it, if any.
 */
public record ObservedTestingView(UUID id, UUID operatorId, String operatorName, Instant observedFrom,
        Instant observedTo, String sourceAddress, String target, String authorizationNumber, String finding,
        String description, String evidence, Instant reportedAt, String reportedBy, UUID sanctionId,
        Instant sanctionedAt, String sanctionedByName) {
}
