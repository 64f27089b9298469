/**
 * Shared kernel: the caller as an {@link org.ciip.shared.Actor}, the {@link org.ciip.shared.Jurisdiction} filter every
 * case-data query goes through, API problem types, paging, idempotency, the clock and the embedded database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ciip.shared;
