/** Incident reports, their routing and statutory clocks, forwarding, versions and the sweep (Art. 18, 40). */
@org.springframework.modulith.NamedInterface("reports")
package org.ciip.incident.report;
