/** Identification and re-certification decisions (Art. 10, 11). */
@org.springframework.modulith.NamedInterface("decisions")
package org.ciip.identification.decision;
