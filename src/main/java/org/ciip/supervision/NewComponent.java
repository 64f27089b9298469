package org.ciip.supervision;

/**
 * A component as an upload or a hand edit gives it, before it is stored: its name and version, its package URL and
 * CPE with the parts a warning is matched on, and where in the upload it came from (a JSON pointer or a CSV line).
 */
record NewComponent(String name, String version, String vendor, String purl, PackageId purlId, String cpe,
        PackageId cpeId, String source, String location) {
}
