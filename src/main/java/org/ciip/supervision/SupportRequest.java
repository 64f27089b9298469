package org.ciip.supervision;

import java.util.UUID;

/**
 * A request for technical support: to CAC, the telecom authority or MPS ({@code addresseeId}), on an incident, a threat
 * report or a warning the department can see ({@code subjectKind} by its name, with {@code subjectId}), or on
 * something else ({@code OTHER}, without an id).
 */
public record SupportRequest(UUID addresseeId, String subjectKind, UUID subjectId, String title, String description) {
}
