package org.mcfed.normalizer;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The few value shapes a {@link SameAsSnapshot} and its {@link SameAsChanges} write beyond {@link DataOutput}'s own:
 * string lists, optional instants and topic positions.
 */
final class SnapshotFormat {

    private SnapshotFormat() {
    }

    static void writeStrings(DataOutput out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative list length " + n);
        }
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    static void writeInstant(DataOutput out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    static Instant readInstant(DataInput in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    /** Offsets by partition, in partition order. */
    static void writePositions(DataOutput out, Map<Integer, Long> positions) throws IOException {
        out.writeInt(positions.size());
        for (Map.Entry<Integer, Long> p : new TreeMap<>(positions).entrySet()) {
            out.writeInt(p.getKey());
            out.writeLong(p.getValue());
        }
    }

    static Map<Integer, Long> readPositions(DataInput in) throws IOException {
        Map<Integer, Long> positions = new TreeMap<>();
        int partitions = in.readInt();
        for (int i = 0; i < partitions; i++) {
            positions.put(in.readInt(), in.readLong());
        }
        return positions;
    }
}
