package org.ciip.supervision;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.versioning.ComparableVersion;

/**
 * How an ecosystem orders its versions, so that a warning's range ("introduced 2.0.0, fixed 2.17.1") is compared the
 * way that ecosystem's own tools compare: Maven as Maven does (Apache Maven's {@code ComparableVersion}), npm by
 * Semantic Versioning 2.0.0 precedence, PyPI by PEP 440, anything else by a generic rule (numeric parts as numbers,
 * other parts as text). A version an ecosystem cannot read is not compared: {@link #compare} throws
 * {@link IllegalArgumentException}, and a range never matches it.
 */
public enum Ecosystem {

    MAVEN {
        @Override
        public int compare(String a, String b) {
            return new ComparableVersion(a.trim()).compareTo(new ComparableVersion(b.trim()));
        }
    },

    NPM {
        private static final Pattern SEMVER = Pattern.compile(
                "v?(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?"
                        + "(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?");

        @Override
        public int compare(String a, String b) {
            Matcher x = semver(a);
            Matcher y = semver(b);
            for (int i = 1; i <= 3; i++) {
                int c = new BigInteger(x.group(i)).compareTo(new BigInteger(y.group(i)));
                if (c != 0) {
                    return c;
                }
            }
            String px = x.group(4);
            String py = y.group(4);
            if (px == null || py == null) {
                // a release ranks above its pre-releases (SemVer 11.3)
                return px == null ? (py == null ? 0 : 1) : -1;
            }
            String[] ix = px.split("\\.");
            String[] iy = py.split("\\.");
            for (int i = 0; i < Math.min(ix.length, iy.length); i++) {
                int c = identifier(ix[i], iy[i]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(ix.length, iy.length);
        }

        private Matcher semver(String version) {
            Matcher m = SEMVER.matcher(version.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a semantic version: " + version);
            }
            return m;
        }

        /** Numeric identifiers compare numerically and rank below alphanumeric ones (SemVer 11.4). */
        private int identifier(String a, String b) {
            boolean na = a.chars().allMatch(Character::isDigit);
            boolean nb = b.chars().allMatch(Character::isDigit);
            if (na && nb) {
                return new BigInteger(a).compareTo(new BigInteger(b));
            }
            if (na != nb) {
                return na ? -1 : 1;
            }
            return a.compareTo(b);
        }
    },

    PYPI {
        // PEP 440's public version scheme, in its normalized and its accepted spellings
        private static final Pattern PEP440 = Pattern.compile(
                "v?(?:(\\d+)!)?(\\d+(?:\\.\\d+)*)"
                        + "(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\\d+)?)?"
                        + "(?:-(\\d+)|[-_.]?(post|rev|r)[-_.]?(\\d+)?)?"
                        + "(?:[-_.]?(dev)[-_.]?(\\d+)?)?"
                        + "(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?");

        @Override
        public int compare(String a, String b) {
            List<Comparable<?>> x = key(a);
            List<Comparable<?>> y = key(b);
            for (int i = 0; i < x.size(); i++) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                int c = ((Comparable) x.get(i)).compareTo(y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        /**
         * The sort key of PEP 440: epoch, release (trailing zeros dropped), then a pre-release rank (a dev release
         * of a release before its pre-releases, pre-releases by phase and number, the release itself after them),
         * the post-release number, and the dev number (a dev release before the one it leads to).
         */
        private List<Comparable<?>> key(String version) {
            Matcher m = PEP440.matcher(version.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException("not a PEP 440 version: " + version);
            }
            BigInteger epoch = m.group(1) == null ? BigInteger.ZERO : new BigInteger(m.group(1));
            List<BigInteger> release = new ArrayList<>();
            for (String part : m.group(2).split("\\.")) {
                release.add(new BigInteger(part));
            }
            while (release.size() > 1 && release.getLast().signum() == 0) {
                release.removeLast();
            }
            String phase = m.group(3);
            boolean pre = phase != null;
            boolean post = m.group(5) != null || m.group(6) != null;
            boolean dev = m.group(8) != null;
            // pre-release rank: 0 dev-only release, 1-3 a/b/rc, 4 final
            int preRank = pre ? switch (phase) {
                case "a", "alpha" -> 1;
                case "b", "beta" -> 2;
                default -> 3;
            } : dev && !post ? 0 : 4;
            BigInteger preNumber = pre ? number(m.group(4)) : BigInteger.ZERO;
            BigInteger postNumber = post ? number(m.group(5) != null ? m.group(5) : m.group(7)) : BigInteger.ONE.negate();
            BigInteger devNumber = dev ? number(m.group(9)) : BigInteger.valueOf(Long.MAX_VALUE);
            return List.of(epoch, new Release(release), preRank, preNumber, postNumber, devNumber);
        }

        private BigInteger number(String digits) {
            return digits == null ? BigInteger.ZERO : new BigInteger(digits);
        }
    },

    GENERIC {
        @Override
        public int compare(String a, String b) {
            List<String> x = parts(a);
            List<String> y = parts(b);
            for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
                String p = i < x.size() ? x.get(i) : "0";
                String q = i < y.size() ? y.get(i) : "0";
                boolean np = p.chars().allMatch(Character::isDigit);
                boolean nq = q.chars().allMatch(Character::isDigit);
                int c = np && nq ? new BigInteger(p).compareTo(new BigInteger(q))
                        : np != nq ? (np ? 1 : -1) : p.compareToIgnoreCase(q);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        private List<String> parts(String version) {
            String trimmed = version.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("an empty version");
            }
            List<String> parts = new ArrayList<>();
            Matcher m = Pattern.compile("\\d+|[A-Za-z]+").matcher(trimmed);
            while (m.find()) {
                parts.add(m.group());
            }
            return parts;
        }
    };

    /** Negative, zero or positive as {@code a} comes before, with or after {@code b}. */
    public abstract int compare(String a, String b);

    /** The ecosystem of a package URL type ({@code maven}, {@code npm}, {@code pypi}); any other type is generic. */
    public static Ecosystem ofPurlType(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "maven" -> MAVEN;
            case "npm" -> NPM;
            case "pypi" -> PYPI;
            default -> GENERIC;
        };
    }

    /** A PEP 440 release segment, compared part by part (1.2 before 1.10, 1.2 equal to 1.2.0). */
    private record Release(List<BigInteger> parts) implements Comparable<Release> {

        @Override
        public int compareTo(Release other) {
            for (int i = 0; i < Math.max(parts.size(), other.parts.size()); i++) {
                BigInteger a = i < parts.size() ? parts.get(i) : BigInteger.ZERO;
                BigInteger b = i < other.parts.size() ? other.parts.get(i) : BigInteger.ZERO;
                int c = a.compareTo(b);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
    }
}
