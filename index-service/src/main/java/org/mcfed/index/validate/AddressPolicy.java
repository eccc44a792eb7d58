package org.mcfed.index.validate;

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
 * Which feed URLs the public validator may fetch: http or https only, no credentials, a port from
 * the allowed list when one is configured, and a host whose every resolved address is public;
 * loopback, private, link-local, unspecified, multicast, CGNAT and reserved addresses (also inside
 * IPv4-mapped, -compatible, NAT64 and 6to4 IPv6 addresses) are refused unless an operator allowed
 * the host ({@code mcfed.validate.allowed-hosts}). The answer is the address to connect to, so the
 * connection goes where the check looked and a second DNS answer cannot move it.
 */
final class AddressPolicy {

    /** A checked URL and the address its connection must use. */
    record Target(URI url, String host, InetAddress address, int port, boolean tls) {
    }

    /** How a host name becomes addresses: the system resolver, or a fixed table in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final Set<Integer> allowedPorts;
    private final Resolver resolver;

    AddressPolicy(Set<String> allowedHosts, Set<Integer> allowedPorts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.allowedPorts = Set.copyOf(allowedPorts);
        this.resolver = resolver;
    }

    AddressPolicy(Set<String> allowedHosts, Set<Integer> allowedPorts) {
        this(allowedHosts, allowedPorts, InetAddress::getAllByName);
    }

    Target check(URI url) throws UrlRefused {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new UrlRefused("only http and https URLs are fetched, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'");
        }
        String authority = url.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new UrlRefused("the URL names no host: " + url);
        }
        if (authority.contains("@") || url.getRawUserInfo() != null) {
            throw new UrlRefused("a feed URL may not carry credentials");
        }
        HostPort hp = HostPort.of(authority, scheme.equals("https") ? 443 : 80);
        if (!allowedPorts.isEmpty() && !allowedPorts.contains(hp.port())) {
            throw new UrlRefused("port " + hp.port() + " is not one of the allowed ports " + allowedPorts);
        }
        List<InetAddress> addresses = addresses(hp);
        if (!allowedHosts.contains(hp.host())) {
            for (InetAddress a : addresses) {
                String kind = internalKind(a);
                if (kind != null) {
                    throw new UrlRefused("host " + hp.host() + " is " + a.getHostAddress() + ", a " + kind
                            + " address; only public addresses are fetched");
                }
            }
        }
        return new Target(url, hp.host(), addresses.get(0), hp.port(), scheme.equals("https"));
    }

    private List<InetAddress> addresses(HostPort hp) throws UrlRefused {
        if (hp.bracketed()) {
            try {
                // a literal with ':' is parsed, never looked up; anything else in brackets is no address
                if (hp.host().matches("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
                    return List.of(InetAddress.getByName(hp.host()));
                }
            } catch (UnknownHostException e) {
                // falls through to the refusal
            }
            throw new UrlRefused("[" + hp.host() + "] is not an IPv6 address");
        }
        if (Ipv4Literal.looksNumeric(hp.host())) {
            return List.of(Ipv4Literal.parse(hp.host())
                    .orElseThrow(() -> new UrlRefused(hp.host() + " is not a valid IPv4 address")));
        }
        return lookUp(hp.host());
    }

    private List<InetAddress> lookUp(String host) throws UrlRefused {
        try {
            InetAddress[] found = resolver.resolve(host);
            if (found == null || found.length == 0) {
                throw new UrlRefused("host " + host + " has no address");
            }
            return Arrays.asList(found);
        } catch (UnknownHostException e) {
            throw new UrlRefused("host " + host + " cannot be resolved");
        }
    }

    /** Why the address is not public ({@code "loopback"}, {@code "private"}, ...), or null when it is. */
    static String internalKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] embedded = embeddedIpv4(b);
            return embedded != null ? ipv4Kind(embedded) : ipv6Kind(b);
        }
        return address instanceof Inet4Address ? ipv4Kind(b) : "unknown";
    }

    private static String ipv4Kind(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return "unspecified";
        }
        if (a0 == 127) {
            return "loopback";
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)) {
            return "private";
        }
        if (a0 == 169 && a1 == 254) {
            return "link-local";
        }
        if (a0 == 100 && a1 >= 64 && a1 <= 127) {
            return "shared (CGNAT)";
        }
        if (a0 >= 224 && a0 <= 239) {
            return "multicast";
        }
        if (a0 >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String ipv6Kind(byte[] b) {
        if (Arrays.equals(b, new byte[16])) {
            return "unspecified";
        }
        byte[] loopback = new byte[16];
        loopback[15] = 1;
        if (Arrays.equals(b, loopback)) {
            return "loopback";
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if ((b0 & 0xfe) == 0xfc || (b0 == 0xfe && (b1 & 0xc0) == 0xc0)) {
            return "private";
        }
        if (b0 == 0xfe && (b1 & 0xc0) == 0x80) {
            return "link-local";
        }
        if (b0 == 0xff) {
            return "multicast";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped or -compatible ({@code ::ffff:a.b.c.d}, {@code ::a.b.c.d}), NAT64 or 6to4 address. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean zeroHead = true;
        for (int i = 0; i < 10; i++) {
            zeroHead &= b[i] == 0;
        }
        if (zeroHead && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0 && (b[12] | b[13] | b[14]) != 0))) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(b, 2, 6);
        }
        return null;
    }
}
