package org.ciip.audit;

import java.util.Optional;
import java.util.UUID;
import org.ciip.shared.Actor;

/**
 * Finds the purpose a read has without the reader stating one: another module that knows the reader's work on an
 * operator (the enforcement module: an open case of the reader's organization against it) answers it.
 */
public interface PurposeSource {

    Optional<Purpose> purposeFor(Actor reader, UUID operatorId);
}
