/** Purchases of network products and services, their security reviews and supplier agreements (Art. 19, 20, 41). */
@org.springframework.modulith.NamedInterface("procurement")
package org.ciip.obligations.procurement;
