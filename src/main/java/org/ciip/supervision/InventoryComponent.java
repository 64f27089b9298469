package org.ciip.supervision;

/** A component as an asset's inventory lists it, with where it came from (a JSON pointer, a CSV line, or by hand). */
public record InventoryComponent(long id, String name, String version, String vendor, String purl, String cpe,
        String source, String location) {
}
