/**
 * Threat information sharing (Art. 23): CAC's national collection and the protection departments' sector collections
 * ({@link org.ciip.sharing.SharingGroups}) hold STIX 2.1 objects ({@code stix}: our own records of the OASIS
 * specification, with its patterning language), added and read through a TAXII 2.1 server or the pages
 * ({@link org.ciip.sharing.ThreatExchange}), each marked with TLP 2.0 ({@link org.ciip.sharing.Tlp}) and read only by
 * those its marking allows. Early warnings and incidents go out as STIX from their records
 * ({@link org.ciip.sharing.RecordSharing}). Each change publishes a past-tense event
 * ({@link org.ciip.sharing.SharingEvent}), which the audit trail records.
 */
package org.ciip.sharing;
