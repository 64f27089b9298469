/** Identification of CII (Chapter II): identification rules and their filing with MPS (Art. 9), identification
 * decisions (Art. 10), change reports and re-certification within 3 months (Art. 11). */
package org.ciip.identification;
