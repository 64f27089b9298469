/** The append-only, hash-chained audit trail of every change and every read of protected data (Art. 30, 46). */
package org.ciip.audit;
