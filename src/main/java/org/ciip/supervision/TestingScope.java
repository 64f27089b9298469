package org.ciip.supervision;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scope of a testing authorization as a pure policy: the source addresses testing comes from (addresses or CIDR
 * ranges, IPv4 or IPv6) and the targets (a host by address or name, an address range, a URL and everything under it,
 * or an application by name). Addresses are parsed as literals only: no name is ever looked up.
 */
final class TestingScope {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** A target of the scope. */
    record Target(String kind, String value) {
    }

    private final List<String> sources;
    private final List<Target> targets;

    TestingScope(List<String> sources, List<Target> targets) {
        this.sources = List.copyOf(sources);
        this.targets = List.copyOf(targets);
    }

    /** Whether {@code address} (a literal) is one of the sources or inside one of their ranges. */
    boolean sourceInScope(String address) {
        Optional<byte[]> ip = address(address);
        return ip.isPresent() && sources.stream().anyMatch(s -> contains(s, ip.get()));
    }

    /**
     * Whether {@code target} (an address, a host name or a URL) is one of the targets: a host by equal address or
     * name, an address in a range, a URL at or under a URL target, an application by its name.
     */
    boolean targetInScope(String target) {
        if (target == null || target.isBlank()) {
            return false;
        }
        String given = target.trim();
        String host = hostOf(given).orElse(given);
        Optional<byte[]> ip = address(host);
        for (Target t : targets) {
            boolean hit = switch (t.kind()) {
                case "HOST" -> host.equalsIgnoreCase(t.value()) || ip.isPresent() && address(t.value())
                        .map(a -> java.util.Arrays.equals(a, ip.get())).orElse(false);
                case "RANGE" -> ip.isPresent() && contains(t.value(), ip.get());
                case "URL" -> underUrl(given, t.value());
                default -> given.equalsIgnoreCase(t.value());
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    /** Why a source address is not acceptable, or empty: an IPv4 or IPv6 address, optionally with a prefix length. */
    static Optional<String> sourceProblem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        return range(value.trim()).isPresent() ? Optional.empty()
                : Optional.of("must be an IPv4 or IPv6 address or range, as in 203.0.113.7 or 198.51.100.0/24");
    }

    /** Why a target is not acceptable for its kind, or empty. */
    static Optional<String> targetProblem(String kind, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("is required");
        }
        String v = value.trim();
        return switch (kind) {
            case "HOST" -> address(v).isPresent() || HOST_NAME.matcher(v).matches() ? Optional.empty()
                    : Optional.of("must be an IP address or a host name");
            case "RANGE" -> range(v).isPresent() ? Optional.empty()
                    : Optional.of("must be an address range, as in 10.20.0.0/16");
            case "URL" -> hostOf(v).isPresent() ? Optional.empty()
                    : Optional.of("must be an http or https URL, as in https://scada.example.cn/");
            default -> Optional.empty();
        };
    }

    /** The normal form a source or range is kept in: the literal as given, with its prefix if any. */
    static String normalized(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static boolean underUrl(String given, String scope) {
        String g = given.toLowerCase(Locale.ROOT);
        String s = scope.trim().toLowerCase(Locale.ROOT);
        if (g.equals(s) || g.equals(s.endsWith("/") ? s.substring(0, s.length() - 1) : s)) {
            return true;
        }
        return g.startsWith(s.endsWith("/") ? s : s + "/");
    }

    private static Optional<String> hostOf(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            String host = new URI(value).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean contains(String range, byte[] ip) {
        return range(range).map(r -> r.contains(ip)).orElse(false);
    }

    /** An address with the number of leading bits that must match. */
    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] ip) {
            if (ip.length != network.length) {
                return false;
            }
            int bits = ip.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
            return new BigInteger(1, ip).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }

    private static Optional<Range> range(String value) {
        String v = value.trim();
        int slash = v.indexOf('/');
        Optional<byte[]> ip = address(slash < 0 ? v : v.substring(0, slash));
        if (ip.isEmpty()) {
            return Optional.empty();
        }
        int max = ip.get().length * 8;
        if (slash < 0) {
            return Optional.of(new Range(ip.get(), max));
        }
        String bits = v.substring(slash + 1);
        if (!bits.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int prefix = Integer.parseInt(bits);
        return prefix > max ? Optional.empty() : Optional.of(new Range(ip.get(), prefix));
    }

    /** An IPv4 dotted quad or an IPv6 literal, as bytes; never a name lookup. */
    static Optional<byte[]> address(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        var m = IPV4.matcher(v);
        if (m.matches()) {
            byte[] out = new byte[4];
            for (int i = 0; i < 4; i++) {
                String part = m.group(i + 1);
                int n = Integer.parseInt(part);
                if (n > 255 || part.length() > 1 && part.startsWith("0")) {
                    return Optional.empty();
                }
                out[i] = (byte) n;
            }
            return Optional.of(out);
        }
        // with only hex digits, colons and dots, and a colon present, the JDK parses an IPv6 literal and refuses an
        // invalid one; it never resolves such a string as a name
        if (v.indexOf(':') < 0 || !IPV6_CHARS.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            byte[] bytes = InetAddress.getByName(v).getAddress();
            return bytes.length == 16 ? Optional.of(bytes) : Optional.empty();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
