/** The demo world: parties, accounts and assets seeded at start-up with the embedded database, never by migrations. */
package org.ciip.demo;
