package org.mcfed.harvester.run;

import org.junit.jupiter.api.Test;
import org.mcfed.harvester.state.SourceState;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class KeptStatesTest {

    private final AtomicLong leaseChanges = new AtomicLong(1);
    private final KeptStates kept = new KeptStates(leaseChanges::get);

    @Test
    void aFinishedRunsStateStartsTheNextRunOnce() {
        SourceState state = new SourceState("nzqa");
        assertThat(kept.open("nzqa")).isNull();
        kept.finished("nzqa", state);

        assertThat(kept.open("nzqa")).isSameAs(state);
        assertThat(kept.open("nzqa")).as("the run that took it owns it now").isNull();
    }

    @Test
    void aLeaseChangeWhileTheRunWentOnOrSinceMeansTheNextRunReadsTheTopic() {
        kept.open("nzqa");
        leaseChanges.incrementAndGet();
        kept.finished("nzqa", new SourceState("nzqa"));
        assertThat(kept.holds("nzqa")).isFalse();

        kept.open("nzqa");
        kept.finished("nzqa", new SourceState("nzqa"));
        assertThat(kept.holds("nzqa")).isTrue();
        leaseChanges.incrementAndGet();
        assertThat(kept.open("nzqa")).isNull();
    }

    @Test
    void aRunThatStoppedOrBrokeLeavesNothing() {
        kept.open("nzqa");
        kept.finished("nzqa", new SourceState("nzqa"));
        kept.open("mqa");
        kept.finished("mqa", new SourceState("mqa"));

        kept.discard("nzqa");

        assertThat(kept.holds("nzqa")).isFalse();
        assertThat(kept.holds("mqa")).isTrue();
        assertThat(kept.open("nzqa")).isNull();
    }

    @Test
    void aStateIsKeptOnlyForARunThisInstanceOpened() {
        kept.finished("nzqa", new SourceState("nzqa"));
        assertThat(kept.holds("nzqa")).isFalse();
    }
}
