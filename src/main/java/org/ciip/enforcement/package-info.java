/**
 * Enforcement (Art. 39-47): the sanctions register and the position bans of Art. 43 para 3, kept by public security
 * organs and MPS. Other modules ask {@link org.ciip.enforcement.PositionBans} whether a person is barred and hear of
 * new sanctions through {@link org.ciip.enforcement.SanctionRegistered}; neither tells them anything of the offence.
 */
package org.ciip.enforcement;
