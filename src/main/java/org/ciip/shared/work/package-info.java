/**
 * The home work queue: each module answers, through a {@link org.ciip.shared.work.WorkQueue} bean, what of its own
 * records waits for the signed-in party, as counts that link to the module's filtered lists.
 */
package org.ciip.shared.work;
