/**
 * Compliance (Art. 39-41): evaluates every operator, as of any date, against each liability item, with the facts that
 * decided it and the legal consequence from the penalty table; dashboards for departments, MPS and CAC, and operators.
 */
package org.ciip.compliance;
