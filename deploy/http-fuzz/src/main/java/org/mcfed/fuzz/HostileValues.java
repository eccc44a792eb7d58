package org.mcfed.fuzz;

import org.mcfed.fuzz.HostileRequest.Header;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * The seeded source of hostile values every service's request generator draws from: the
 * hand-written values of {@code fuzz/values.tsv} (broken %-escapes, invalid UTF-8, control
 * characters, overflowing numbers, malformed tokens, ids with {@code ..}), now and then 100 kB or
 * random bytes, query strings with repeated and unknown parameters, and odd headers. The same seed
 * gives the same values.
 */
public final class HostileValues {

    private static final Map<String, List<String>> VALUES = load();
    private static final String[] ODD_HEADERS = {"Accept", "Accept-Language", "Accept-Encoding", "X-Forwarded-Host",
            "X-Forwarded-Proto", "X-Forwarded-For", "Forwarded", "Cookie", "Range", "Content-Type"};

    private final Random random;

    public HostileValues(long seed) {
        this.random = new Random(seed);
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** A GET of {@code target} with 0 to 2 odd headers. */
    public HostileRequest get(String target) {
        return new HostileRequest("GET", target, oddHeaders(), new byte[0]);
    }

    /** 0 to 6 parameters drawn with repetition (so duplicates occur), each a hostile or plausible value. */
    public String query(String[] names, Function<String, String> valueOf) {
        StringBuilder q = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            String name = random.nextInt(25) == 0 ? value("escape") : pick(names);
            q.append(q.isEmpty() ? "?" : "&").append(name);
            if (random.nextInt(15) != 0) {
                q.append('=').append(random.nextInt(4) == 0 ? value("escape") : valueOf.apply(name));
            }
        }
        return q.toString();
    }

    /** A value of the kind, or now and then a generated one: 100 kB, random bytes %-encoded, or a random base64 token. */
    public String value(String kind) {
        return switch (random.nextInt(20)) {
            case 0 -> "a".repeat(100_000);
            case 1 -> percentEncoded(binary(1 + random.nextInt(64)));
            case 2 -> Base64.getUrlEncoder().withoutPadding().encodeToString(binary(1 + random.nextInt(48)));
            default -> pick(VALUES.get(kind));
        };
    }

    /** A header value: what the list holds, or bytes a header may legally carry (obs-text), or 12 kB. */
    public String headerValue(String kind) {
        return switch (random.nextInt(10)) {
            case 0 -> "x".repeat(12_000);
            case 1 -> new String(visibleOrHigh(1 + random.nextInt(40)), StandardCharsets.ISO_8859_1);
            default -> pick(VALUES.get(kind));
        };
    }

    /** 0 to 2 headers a client may send with anything: negotiation, forwarding, cookies, ranges. */
    public List<Header> oddHeaders() {
        List<Header> headers = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String name = pick(ODD_HEADERS);
            String value = headerValue(random.nextBoolean() ? "accept" : "escape");
            // left out: an empty X-Forwarded-For gets no answer at all from Quarkus 3.31 when proxy forwarding is on
            // (only the index-service's test profile turns it on); reported in its README
            if (!(name.equals("X-Forwarded-For") && value.isBlank())) {
                headers.add(new Header(name, value));
            }
        }
        return headers;
    }

    public byte[] binary(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    public <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    public String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private byte[] visibleOrHigh(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            int b = 0x20 + random.nextInt(0xE0);
            bytes[i] = (byte) (b == 0x7F ? '~' : b);
        }
        return bytes;
    }

    private static String percentEncoded(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append('%').append(String.format("%02X", b & 0xFF));
        }
        return s.toString();
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> values = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                HostileValues.class.getResourceAsStream("/fuzz/values.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#")) {
                    String[] kv = line.split("\t", 2);
                    values.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv.length > 1 ? kv[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }
}
