/** Grading of incidents against the versioned grading guide. */
@org.springframework.modulith.NamedInterface("grading")
package org.ciip.incident.grading;
