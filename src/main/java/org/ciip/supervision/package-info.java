/**
 * Supervision (Chapter IV): the monitoring and early-warning system of Art. 24. Operators keep the software inventory
 * of their assets ({@link org.ciip.supervision.SoftwareInventory}: CycloneDX SBOMs, CSV or by hand); protection
 * departments, CAC and MPS issue warnings ({@link org.ciip.supervision.EarlyWarnings}) that are matched against those
 * inventories, reach the affected operators on a clock, and are answered per matched asset. Each change publishes a
 * past-tense event ({@link org.ciip.supervision.WarningEvent}, {@link org.ciip.supervision.InventoryChanged}), which
 * the audit trail records and the notification module words.
 */
package org.ciip.supervision;
