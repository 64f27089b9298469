package org.ciip.supervision;

import java.time.Instant;
import java.util.List;

/**
 * A warning as its issuer writes it. {@code level} and {@code threatType} by their names; {@code products} each a
 * package URL ({@code pkg:maven/org.apache.logging.log4j/log4j-core}) or a CPE 2.3 name with its ranges;
 * {@code sectors} empty for all the issuer may warn; the deadlines null for the level's defaults.
 */
public record WarningRequest(String titleZh, String titleEn, String descriptionZh, String descriptionEn,
        String level, String threatType, List<String> identifiers, List<ProductRequest> products, String actions,
        List<String> sectors, String province, Instant acknowledgeDueAt, Instant respondDueAt,
        Boolean informUnmatched) {

    /** An affected product: exactly one of {@code purl} and {@code cpe}, and at least one range. */
    public record ProductRequest(String purl, String cpe, List<VersionRange> ranges) {
    }
}
