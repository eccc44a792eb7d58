package org.mcfed.launcher;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlainLuceneRunsTest {

    private static final long RECORDS = 1_000_000;

    @Test
    void goalsAreJudgedAgainstTheMedianRunAndTheSpreadIsPrinted() {
        PlainLuceneRuns runs = new PlainLuceneRuns();
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 33.3, 40.0));
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 22.5, 30.0));
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 25.0, 50.0));

        PlainLuceneBaseline.Result median = runs.median();
        assertEquals(25.0, median.seconds(), 1e-9);
        assertEquals(40.0, median.cpuSeconds(), 1e-9, "the CPU's own median, not the median run's");
        assertEquals("25.0 s (median of 3: 22.5 to 33.3 s)", runs.seconds());
        assertEquals("40,000 records/s (median of 3: 30,030 to 44,444 records/s)", runs.perSecond());
        assertEquals("0.040 ms (median of 3: 0.030 to 0.050 ms)", runs.cpuMillisPerRecord());
        // 20,000 records/s against 44,444, 40,000 and 30,030 records/s
        assertEquals("45.0 to 66.6 %", runs.shareRange(20_000));
    }

    @Test
    void anEvenNumberOfRunsTakesTheMeanOfTheMiddleTwo() {
        PlainLuceneRuns runs = new PlainLuceneRuns();
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 30.0, 30.0));
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 20.0, 50.0));
        assertEquals(25.0, runs.median().seconds(), 1e-9);
        assertEquals(40.0, runs.median().cpuSeconds(), 1e-9);
    }

    @Test
    void oneRunIsPrintedWithoutASpread() {
        PlainLuceneRuns runs = new PlainLuceneRuns();
        runs.add(new PlainLuceneBaseline.Result(RECORDS, 47.4, 50.0));
        assertEquals("47.4 s", runs.seconds());
        assertEquals("50.0 to 50.0 %", runs.shareRange(RECORDS / 47.4 / 2));
    }

    @Test
    void noRunIsAnErrorNotAZeroBaseline() {
        assertThrows(IllegalStateException.class, () -> new PlainLuceneRuns().median());
    }
}
