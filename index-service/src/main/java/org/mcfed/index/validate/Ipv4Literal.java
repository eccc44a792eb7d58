package org.mcfed.index.validate;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host written as an IPv4 address in any form the C resolver's {@code inet_aton} accepts
 * ({@code 127.1}, {@code 0x7f.1}, {@code 017700000001}, {@code 2130706433}): read here, never sent
 * to DNS, because resolvers and HTTP clients disagree on these forms and a disguised loopback
 * address must be seen for what it is.
 */
final class Ipv4Literal {

    private static final Pattern SHAPE = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");

    private Ipv4Literal() {
    }

    /** Whether the host looks numeric, so it must parse as an address or be refused (never looked up). */
    static boolean looksNumeric(String host) {
        return SHAPE.matcher(host).matches();
    }

    /** The address, or empty when a part is out of range (such a host is no address and is refused). */
    static Optional<InetAddress> parse(String host) {
        if (!looksNumeric(host)) {
            return Optional.empty();
        }
        String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.");
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Long v = number(parts[i]);
            if (v == null) {
                return Optional.empty();
            }
            values[i] = v;
        }
        // the last part fills the bytes the earlier parts leave: a.b.c.d, a.b.(16 bits), a.(24 bits), (32 bits)
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            address = (address << 8) | values[i];
        }
        int lastBits = 8 * (4 - (values.length - 1));
        long last = values[values.length - 1];
        if (last >= (1L << lastBits)) {
            return Optional.empty();
        }
        address = (address << lastBits) | last;
        byte[] bytes = {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static Long number(String part) {
        try {
            if (part.length() > 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
                return part.length() > 10 ? null : Long.parseLong(part.substring(2), 16);
            }
            if (part.equalsIgnoreCase("0x")) {
                return 0L;
            }
            if (part.length() > 12) {
                return null;
            }
            return part.length() > 1 && part.startsWith("0") ? Long.parseLong(part, 8) : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return null; // 08, 09: not octal
        }
    }
}
