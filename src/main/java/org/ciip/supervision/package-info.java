/**
 * Supervision (Chapter IV): the monitoring and early-warning system of Art. 24. Operators keep the software inventory
 * of their assets ({@link org.ciip.supervision.SoftwareInventory}: CycloneDX SBOMs, CSV or by hand); protection
 * departments, CAC and MPS issue warnings ({@link org.ciip.supervision.EarlyWarnings}) that are matched against those
 * inventories, reach the affected operators on a clock, and are answered per matched asset. Each change publishes a
 * past-tense event ({@link org.ciip.supervision.WarningEvent}, {@link org.ciip.supervision.InventoryChanged}), which
 * the audit trail records and the notification module words. Testing authorizations (Art. 31,
 * {@link org.ciip.supervision.TestingAuthorizations}, {@link org.ciip.supervision.AuthorizedTesting}): requested,
 * approved on one of two routes, reported in advance to the telecom authority where needed, verified by anyone
 * ({@code /verify/authorizations/{number}}), with sessions and findings handed to the operator as assessments; testing
 * outside them is reported ({@link org.ciip.supervision.UnauthorizedTesting}) and may end in the sanctions register.
 * Sector security plans (Art. 22, {@link org.ciip.supervision.SectorPlans}), the sector emergency plan and drills
 * (Art. 25, {@link org.ciip.supervision.SectorDrills}), and inspections with their coordination, findings and the
 * operator's cooperation (Art. 26-28, 42, 45, {@link org.ciip.supervision.InspectionPlanning},
 * {@link org.ciip.supervision.InspectionConduct}).
 */
package org.ciip.supervision;
