package org.mcfed.col.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.Instant;

/**
 * Reads an {@link Instant} in the shape {@link ColJson} writes it ({@code 2026-11-23T05:00:00Z}, with 0 to 9 fraction
 * digits) by hand, and any other value through the JavaTimeModule's deserializer: every record read carries two
 * instants (and every raw value one), and the module's general formatter was 4 % of the index-service's consumer
 * thread (BENCHMARKS.md, fourth session). A string in that shape with a field out of range also goes to the
 * module, which then says why.
 */
final class UtcInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;

    UtcInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.hasToken(JsonToken.VALUE_STRING)) {
            Instant instant = parse(p.getText());
            if (instant != null) {
                return instant;
            }
        }
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    }

    /** The instant of {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with every field in range, else null. */
    static Instant parse(String s) {
        int n = s.length();
        long seconds = n < 20 || n > 30 || s.charAt(n - 1) != 'Z' ? AsciiDigits.NONE : AsciiDigits.dateTimeSeconds(s);
        if (seconds == AsciiDigits.NONE) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = AsciiDigits.of(s, 20, fraction);
            if (nanos < 0) {
                return null;
            }
            for (int i = fraction; i < 9; i++) {
                nanos *= 10;
            }
        }
        return Instant.ofEpochSecond(seconds, nanos);
    }
}
