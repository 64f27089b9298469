package org.ciip.notification.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a webhook may send: an {@code https://} URL without credentials, to a host whose every address is public.
 * Loopback, private (RFC 1918, IPv6 unique local), link-local (with cloud metadata at 169.254.169.254), carrier-grade
 * NAT, unspecified and multicast addresses are refused, unless the host is on the allow-list of on-premises receivers
 * ({@code ciip.webhooks.allowed-hosts}). The check runs at registration and again before each delivery, after the
 * host is resolved, so a name that later resolves inward is refused then. No Spring, no state but the settings.
 */
public final class WebhookTargets {

    /** Why a target is refused, in English, as the problem document and the delivery's error say it. */
    public static final class Refused extends Exception {

        Refused(String reason) {
            super(reason);
        }
    }

    /** Resolves a host name to its addresses; DNS in the application, a table in tests. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final boolean allowLoopbackHttp;
    private final Resolver resolver;

    public WebhookTargets(List<String> allowedHosts, boolean allowLoopbackHttp, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.allowLoopbackHttp = allowLoopbackHttp;
        this.resolver = resolver;
    }

    /** Checks a target; answers its normalized URI, or throws {@link Refused} saying why not. */
    public URI check(String url) throws Refused {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.trim()).normalize();
        } catch (IllegalArgumentException e) {
            throw new Refused("is not a URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("must not carry a user name or password");
        }
        String host = uri.getHost();
        if (host == null || uri.getScheme() == null) {
            throw new Refused("must be an https:// URL with a host");
        }
        String name = host.toLowerCase(Locale.ROOT);
        boolean testReceiver = allowLoopbackHttp && (name.equals("127.0.0.1") || name.equals("localhost"));
        if (!uri.getScheme().equals("https") && !(testReceiver && uri.getScheme().equals("http"))) {
            throw new Refused("must be an https:// URL");
        }
        if (testReceiver || allowedHosts.contains(name)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name.startsWith("[") ? name.substring(1, name.length() - 1) : name);
        } catch (UnknownHostException e) {
            throw new Refused("names a host that does not resolve");
        }
        for (InetAddress address : addresses) {
            String kind = internal(address);
            if (kind != null) {
                throw new Refused("reaches " + kind + " address " + address.getHostAddress()
                        + "; add the host to ciip.webhooks.allowed-hosts for an on-premises receiver");
            }
        }
        return uri;
    }

    /** What kind of internal address this is, or null for a public one. */
    static String internal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "a loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (address.isSiteLocalAddress()) {
            return "a private";
        }
        if (address.isMulticastAddress()) {
            return "a multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 100 && second >= 64 && second < 128) {
                return "a carrier-grade NAT";
            }
            if (first == 0 || first >= 240) {
                return "a reserved";
            }
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private (unique local)";
            }
            boolean mapped = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]) && (b[10] & 0xff) == 0xff
                    && (b[11] & 0xff) == 0xff;
            if (mapped) {
                try {
                    return internal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return "a reserved";
                }
            }
        }
        return null;
    }
}
