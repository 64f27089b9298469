/** The registry of parties (organizations of every kind) and of candidate CII assets: network facilities and
 * information systems (Art. 2, 8). */
package org.ciip.registry;
