/** Incident reporting on statutory clocks (Art. 18, 40): grading, routing, forwarding, supplements, final reports. */
package org.ciip.incident;
