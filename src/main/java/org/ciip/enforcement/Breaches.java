package org.ciip.enforcement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether the compliance engine finds an operator in breach of an item of Chapter V on a date; the compliance module
 * answers it, so that a case opened "from a compliance fact" stands on one.
 */
public interface Breaches {

    boolean breached(UUID operatorId, String article, LocalDate asOf);
}
