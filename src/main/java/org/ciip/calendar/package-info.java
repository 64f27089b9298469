/** Statutory period arithmetic (PRC Civil Code Art. 200-204) over the versioned holiday calendar. */
package org.ciip.calendar;
