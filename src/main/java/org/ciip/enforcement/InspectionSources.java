package org.ciip.enforcement;

import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;

/**
 * The inspections a case may be opened from (Art. 42: an operator that did not cooperate; findings not rectified):
 * the supervision module answers it, so that a case "from an inspection" stands on one the authority carried out.
 */
public interface InspectionSources {

    /** The inspected operator and the inspection's number, if the actor's organization is one of its bodies. */
    Optional<Source> asBody(Actor actor, UUID inspectionId);

    record Source(UUID operatorId, String number) {
    }
}
