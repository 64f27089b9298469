package org.ciip.supervision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ciip.registry.RegionCode;
import org.ciip.shared.Actor;
import org.ciip.shared.OrganizationKind;
import org.ciip.shared.api.Validation;

/**
 * Checks a warning before anything is written, naming every field that is wrong: the titles, the level and threat
 * type by their names, identifiers of CVE, CNVD or CNNVD, each product with one identity and sound ranges, the
 * sectors and province the issuer may warn, deadlines in the future and in order.
 */
final class WarningValidation {

    static final String IDENTIFIER = "CVE-\\d{4}-\\d{4,}|CNVD-\\d{4}-\\d{5,}|CNNVD-\\d{6}-\\d{3,}";

    /** What the checks read off the request, ready to store. */
    record Checked(WarningLevel level, ThreatType threatType, List<String> identifiers,
            List<Warnings.Product> products, List<String> sectors, String province) {
    }

    private WarningValidation() {
    }

    static Checked check(Actor issuer, WarningRequest r, Set<String> knownSectors, Instant now) {
        Validation v = new Validation();
        if (Validation.isBlank(r.titleZh()) && Validation.isBlank(r.titleEn())) {
            v.add("titleZh", "validation.titleRequired", "a title in Chinese or English is required");
        }
        v.optionalText(r.titleZh(), "titleZh", 300);
        v.optionalText(r.titleEn(), "titleEn", 300);
        v.optionalText(r.descriptionZh(), "descriptionZh", 10_000);
        v.optionalText(r.descriptionEn(), "descriptionEn", 10_000);
        v.requireText(r.actions(), "actions", 5_000);
        WarningLevel level = name(v, WarningLevel.class, r.level(), "level");
        ThreatType threat = name(v, ThreatType.class, r.threatType(), "threatType");
        List<String> identifiers = new ArrayList<>();
        List<String> given = r.identifiers() == null ? List.of() : r.identifiers();
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i) == null ? "" : given.get(i).trim().toUpperCase(Locale.ROOT);
            if (!id.matches(IDENTIFIER)) {
                v.add("identifiers[" + i + "]", "validation.vulnerabilityId",
                        "must be a CVE, CNVD or CNNVD identifier (CVE-2021-44228, CNVD-2021-95914, CNNVD-202112-799)");
            } else if (!identifiers.contains(id)) {
                identifiers.add(id);
            }
        }
        List<Warnings.Product> products = products(v, r.products());
        List<String> sectors = sectors(v, issuer, r.sectors(), knownSectors);
        String province = province(v, issuer, r.province());
        if (r.acknowledgeDueAt() != null && !r.acknowledgeDueAt().isAfter(now)) {
            v.add("acknowledgeDueAt", "validation.inFuture", "must be in the future");
        }
        if (r.respondDueAt() != null && !r.respondDueAt().isAfter(now)) {
            v.add("respondDueAt", "validation.inFuture", "must be in the future");
        }
        if (r.acknowledgeDueAt() != null && r.respondDueAt() != null
                && r.respondDueAt().isBefore(r.acknowledgeDueAt())) {
            v.add("respondDueAt", "validation.respondAfterAcknowledge", "must not be before acknowledgeDueAt");
        }
        v.throwIfInvalid();
        return new Checked(level, threat, identifiers, products, sectors, province);
    }

    private static <E extends Enum<E>> E name(Validation v, Class<E> type, String given, String field) {
        if (Validation.isBlank(given)) {
            v.add(field, "validation.required", "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, given.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String names = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            v.add(field, "validation.oneOf", "must be one of " + names, names);
            return null;
        }
    }

    private static List<Warnings.Product> products(Validation v, List<WarningRequest.ProductRequest> given) {
        List<Warnings.Product> products = new ArrayList<>();
        if (given == null || given.isEmpty()) {
            v.add("products", "validation.productsRequired", "at least one affected product is required");
            return products;
        }
        for (int i = 0; i < given.size(); i++) {
            WarningRequest.ProductRequest p = given.get(i);
            String field = "products[" + i + "]";
            boolean purl = p != null && !Validation.isBlank(p.purl());
            boolean cpe = p != null && !Validation.isBlank(p.cpe());
            if (purl == cpe) {
                v.add(field, "validation.purlOrCpe", "needs exactly one of purl and cpe");
                continue;
            }
            PackageId id;
            try {
                id = purl ? PackageId.ofPurl(p.purl()) : PackageId.ofCpe(p.cpe());
            } catch (IllegalArgumentException e) {
                v.add(field + (purl ? ".purl" : ".cpe"), "validation.packageId", e.getMessage());
                continue;
            }
            Ecosystem ecosystem = purl ? Ecosystem.ofPurlType(id.purlType()) : Ecosystem.GENERIC;
            List<VersionRange> ranges = p.ranges() == null ? List.of() : p.ranges();
            if (ranges.isEmpty()) {
                v.add(field + ".ranges", "validation.rangesRequired", "at least one version range is required");
            }
            List<VersionRange> cleaned = new ArrayList<>();
            for (int j = 0; j < ranges.size(); j++) {
                VersionRange range = ranges.get(j) == null ? new VersionRange(null, null, null)
                        : new VersionRange(Validation.blankToNull(ranges.get(j).introduced()),
                                Validation.blankToNull(ranges.get(j).fixed()),
                                Validation.blankToNull(ranges.get(j).lastAffected()));
                String problem = range.problem(ecosystem);
                if (problem != null) {
                    v.add(field + ".ranges[" + j + "]", "validation.versionRange", problem);
                }
                cleaned.add(range);
            }
            products.add(new Warnings.Product(i, id, ecosystem, cleaned));
        }
        return products;
    }

    private static List<String> sectors(Validation v, Actor issuer, List<String> given, Set<String> known) {
        Set<String> chosen = new LinkedHashSet<>(given == null ? List.of() : given.stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).toList());
        boolean department = issuer.is(OrganizationKind.PROTECTION_DEPARTMENT);
        Set<String> allowed = department ? issuer.jurisdiction().sectors() : known;
        for (String sector : chosen) {
            if (!allowed.contains(sector)) {
                v.add("sectors", "validation.sectorNotYours", department
                        ? "must be sectors of your department: " + String.join(", ", allowed)
                        : "must be sectors of Art. 2", String.join(", ", allowed));
                break;
            }
        }
        if (chosen.isEmpty() && department) {
            chosen.addAll(allowed);
        }
        return List.copyOf(chosen);
    }

    private static String province(Validation v, Actor issuer, String given) {
        String own = issuer.jurisdiction().provinceCode();
        String province = Validation.blankToNull(given);
        if (own != null) {
            if (province != null && !province.equals(own)) {
                v.add("province", "validation.provinceNotYours", "must be your department's province " + own, own);
            }
            return own;
        }
        if (province != null && !RegionCode.isProvince(province)) {
            v.add("province", "validation.province", "must be a two-digit province code");
        }
        return province;
    }
}
