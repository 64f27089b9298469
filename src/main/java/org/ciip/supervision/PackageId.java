package org.ciip.supervision;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What identifies a package: a package URL's type, namespace and name (packageurl-java reads and normalizes it), or a
 * CPE 2.3 formatted string's vendor and product (NISTIR 7695: thirteen colon-separated parts, a backslash escaping a
 * colon). CPE names are compared in lower case, as the dictionary writes them.
 */
record PackageId(String purlType, String purlNamespace, String purlName, String cpeVendor, String cpeProduct) {

    /** The type, namespace and name of a package URL; throws {@link ComponentProblem} saying what is wrong. */
    static PackageId ofPurl(String purl) {
        try {
            PackageURL parsed = new PackageURL(purl.trim());
            return new PackageId(parsed.getType(), parsed.getNamespace(), parsed.getName(), null, null);
        } catch (MalformedPackageURLException e) {
            throw new ComponentProblem("purl", "validation.purl", "is not a package URL: " + e.getMessage());
        }
    }

    /** The vendor and product of a CPE 2.3 name; throws {@link ComponentProblem} saying what is wrong. */
    static PackageId ofCpe(String cpe) {
        String text = cpe.trim();
        if (!text.startsWith("cpe:2.3:")) {
            throw new ComponentProblem("cpe", "validation.cpe",
                    "is not a CPE 2.3 name (cpe:2.3:part:vendor:product:...)");
        }
        List<String> parts = split(text);
        if (parts.size() != 13) {
            throw new ComponentProblem("cpe", "validation.cpe",
                    "is not a CPE 2.3 name: it has " + parts.size() + " parts, not 13");
        }
        String vendor = parts.get(3).toLowerCase(Locale.ROOT);
        String product = parts.get(4).toLowerCase(Locale.ROOT);
        if (!parts.get(2).matches("[aoh*-]") || vendor.isEmpty() || product.isEmpty() || vendor.equals("*")
                || product.equals("*") || vendor.equals("-") || product.equals("-")) {
            throw new ComponentProblem("cpe", "validation.cpe", "needs a part (a, o or h), a vendor and a product");
        }
        return new PackageId(null, null, null, vendor, product);
    }

    /** The version part of a CPE 2.3 name, or null when it is any ({@code *}) or none ({@code -}). */
    static String cpeVersion(String cpe) {
        List<String> parts = split(cpe.trim());
        String version = parts.size() > 5 ? parts.get(5) : "*";
        return version.equals("*") || version.equals("-") ? null : version.replace("\\", "");
    }

    private static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == ':') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
