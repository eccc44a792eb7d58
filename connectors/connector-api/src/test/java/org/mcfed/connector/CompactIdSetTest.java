package org.mcfed.connector;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact set against {@code LinkedHashSet}: the same answers, the same order, any text an id may hold. */
class CompactIdSetTest {

    @Test
    void addsEachIdOnceAndKeepsTheOrderTheyCameIn() {
        CompactIdSet ids = new CompactIdSet();
        assertThat(ids.add("25/000001/L1")).isTrue();
        assertThat(ids.add("NZ-1-1")).isTrue();
        assertThat(ids.add("25/000001/L1")).isFalse();
        assertThat(ids.add("")).isTrue();
        assertThat(ids).containsExactly("25/000001/L1", "NZ-1-1", "");
        assertThat(ids.get(1)).isEqualTo("NZ-1-1");
        assertThat(ids.contains("NZ-1-1")).isTrue();
        assertThat(ids.contains("NZ-1")).isFalse();
        assertThat(ids.contains(42)).isFalse();
        assertThatThrownBy(() -> ids.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void idsBeyondAsciiAreHeldAsWrittenAndToldApartFromTheirNeighbours() {
        CompactIdSet ids = new CompactIdSet();
        List<String> written = List.of("café", "cafe", "課程-1", "课程-1", "𠀀-7", "a\u00e9", "ae\u0301", "Kursus-é");
        written.forEach(ids::add);
        assertThat(ids).containsExactlyElementsOf(written);
        for (String id : written) {
            assertThat(ids.add(id)).as(id).isFalse();
        }
        assertThat(ids.contains("caf")).isFalse();
        assertThat(ids.contains("課程-2")).isFalse();
        assertThat(ids.size()).isEqualTo(written.size());
    }

    @Test
    void idsWhoseHashesCollideAreToldApart() {
        // "Aa" and "BB" share String.hashCode, and so do their concatenations
        CompactIdSet ids = new CompactIdSet();
        List<String> colliding = List.of("AaAa", "AaBB", "BBAa", "BBBB");
        colliding.forEach(ids::add);
        assertThat(ids).containsExactlyElementsOf(colliding);
        assertThat(ids.contains("AaAa")).isTrue();
        assertThat(ids.add("BBBB")).isFalse();
    }

    @Test
    void answersAsALinkedHashSetDoesThroughManyGrowths() {
        Random random = new Random(7);
        CompactIdSet ids = new CompactIdSet();
        Set<String> expected = new LinkedHashSet<>();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            String id = random.nextInt(5) == 0 ? "記錄-" + random.nextInt(60_000) : Integer.toString(random.nextInt(150_000), 36);
            assertThat(ids.add(id)).as(id).isEqualTo(expected.add(id));
            if (i % 3 == 0) {
                asked.add(Integer.toString(random.nextInt(300_000), 36));
            }
        }
        assertThat(ids.size()).isEqualTo(expected.size());
        assertThat(new ArrayList<>(ids)).isEqualTo(new ArrayList<>(expected));
        for (String id : asked) {
            assertThat(ids.contains(id)).as(id).isEqualTo(expected.contains(id));
        }
    }

    @Test
    void aSetMadeRoomForOrFilledFromAnotherAnswersAsOneFilledIdByIdDoes() {
        CompactIdSet byOne = new CompactIdSet();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add(i % 7 == 0 ? "課程-" + i : "25/" + i + "/L1");
            byOne.add(ids.get(i));
        }
        CompactIdSet roomMade = new CompactIdSet();
        roomMade.ensureCapacity(ids.size(), 0);
        ids.forEach(roomMade::add);
        CompactIdSet fromSet = new CompactIdSet();
        fromSet.add("25/3/L1");
        assertThat(fromSet.addAll(byOne)).isTrue();
        CompactIdSet fromList = new CompactIdSet();
        assertThat(fromList.addAll(ids)).isTrue();
        assertThat(fromList.addAll(List.of("25/3/L1"))).isFalse();

        for (CompactIdSet set : List.of(roomMade, fromList)) {
            assertThat(new ArrayList<>(set)).isEqualTo(ids);
        }
        assertThat(fromSet).hasSize(ids.size()).first().isEqualTo("25/3/L1");
        assertThat(fromSet.containsAll(ids)).isTrue();
        assertThat(fromSet.contains("25/50000/L1")).isFalse();
    }

    @Test
    void setsMergedByTheirBytesAnswerAsLinkedHashSetsMergedDo() {
        Random random = new Random(29);
        for (int round = 0; round < 40; round++) {
            CompactIdSet into = new CompactIdSet();
            CompactIdSet from = new CompactIdSet();
            Set<String> expected = new LinkedHashSet<>();
            Set<String> fromExpected = new LinkedHashSet<>();
            int before = round % 4 == 0 ? 0 : random.nextInt(5_000);
            for (int i = 0; i < before; i++) {
                String id = id(random);
                into.add(id);
                expected.add(id);
            }
            int merged = random.nextInt(8_000);
            for (int i = 0; i < merged; i++) {
                String id = id(random);
                from.add(id);
                fromExpected.add(id);
            }
            boolean changed = expected.addAll(fromExpected);
            assertThat(into.addAll(from)).as("round %d", round).isEqualTo(changed);
            assertThat(new ArrayList<>(into)).as("round %d", round).isEqualTo(new ArrayList<>(expected));
            for (int i = 0; i < 2_000; i++) {
                String id = id(random);
                assertThat(into.contains(id)).as(id).isEqualTo(expected.contains(id));
                assertThat(into.add(id)).as(id).isEqualTo(expected.add(id));
            }
            assertThat(new ArrayList<>(into)).isEqualTo(new ArrayList<>(expected));
            assertThat(new ArrayList<>(from)).as("the set merged from is left as it was").isEqualTo(new ArrayList<>(fromExpected));
        }
        CompactIdSet self = new CompactIdSet();
        self.add("a");
        assertThat(self.addAll(self)).isFalse();
        assertThat(self.addAll(new CompactIdSet())).isFalse();
        assertThat(self).containsExactly("a");
    }

    private static String id(Random random) {
        return random.nextInt(5) == 0 ? "記錄-" + random.nextInt(6_000) : Integer.toString(random.nextInt(20_000), 36);
    }
}
