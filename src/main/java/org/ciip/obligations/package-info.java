/**
 * The operator's security program (Chapter III, Art. 12-21): the security management institution, people in key
 * positions and their background reviews, protection systems and plans, drills and training, synchronous planning,
 * the annual detection and risk assessment, procurement with its security reviews and supplier agreements, corporate
 * changes, evidence files, and where each operator stands on each duty.
 */
package org.ciip.obligations;
