/**
 * Enforcement (Art. 39-47): enforcement cases with their order to correct, warning, correction, refusal, facts of harm
 * and penalty decision under the legal basis in force on the date of the act ({@link org.ciip.enforcement.LegalBases},
 * the Regulations and the amended Cybersecurity Law); the sanctions register and the position bans of Art. 43 para 3,
 * kept by public security organs and MPS. Other modules ask {@link org.ciip.enforcement.PositionBans} whether a person
 * is barred and hear of new sanctions through {@link org.ciip.enforcement.SanctionRegistered}, which tells them
 * nothing of the offence; {@link org.ciip.enforcement.EnforcementCases} tells the compliance page which case follows
 * a breach, and the compliance module answers {@link org.ciip.enforcement.Breaches}.
 */
package org.ciip.enforcement;
