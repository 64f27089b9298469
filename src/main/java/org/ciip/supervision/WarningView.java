package org.ciip.supervision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A warning as its reader may see it. The issuer sees the counts and the first matched assets; an operator sees its
 * own clock ({@code recipient}) and its own matched assets, never another operator's. In a list, a warning is a
 * summary: its products and matched assets are empty, and are on the warning itself.
 */
public record WarningView(UUID id, UUID issuerId, String issuerName, WarningLevel level, ThreatType threatType,
        String titleZh, String titleEn, String descriptionZh, String descriptionEn, List<String> identifiers,
        List<Product> products, String actions, List<String> sectors, String province, Instant issuedAt,
        Instant acknowledgeDueAt, Instant respondDueAt, boolean deadlinesConfirmed, boolean informUnmatched,
        Counts counts, Recipient recipient, List<MatchedAsset> matchedAssets) {

    /** An affected product as written: a package URL's type, namespace and name, or a CPE's vendor and product. */
    public record Product(String purlType, String purlNamespace, String purlName, String cpeVendor,
            String cpeProduct, Ecosystem ecosystem, List<VersionRange> ranges) {
    }

    /** For the issuer: operators reached, how they acknowledged, and how their matched assets were answered. */
    public record Counts(long reached, long matched, long acknowledgedOnTime, long acknowledgedLate, long awaiting,
            long overdue, long assetsMatched, long assetsAnswered, long assetsResolved) {
    }

    /** An operator the warning reached, with its clock and its answers. */
    public record Recipient(UUID operatorId, String operatorName, boolean matched, RecipientStatus status,
            Instant reachedAt, Instant acknowledgeDueAt, Instant acknowledgedAt, Instant responseOverdueAt,
            int assetsMatched, int assetsAnswered, int assetsResolved) {
    }

    /** A matched asset with the components that matched and its operator's answer (null until there is one). */
    public record MatchedAsset(UUID assetId, String assetName, UUID operatorId, String components,
            ResponseStatus status, String justification, String approvedBy, String evidence, Instant respondedAt) {
    }

    public String title(boolean chinese) {
        return chinese ? (titleZh != null ? titleZh : titleEn) : (titleEn != null ? titleEn : titleZh);
    }
}
