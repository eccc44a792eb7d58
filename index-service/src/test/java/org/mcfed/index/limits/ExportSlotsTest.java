package org.mcfed.index.limits;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSlotsTest {

    @Test
    void slotsRunOutAndComeBackOncePerExport() {
        ExportSlots slots = new ExportSlots(2);
        Optional<ExportSlots.Slot> first = slots.take();
        Optional<ExportSlots.Slot> second = slots.take();
        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(slots.take()).as("every slot streaming").isEmpty();

        first.get().giveBack();
        first.get().giveBack(); // the response's end and its connection's close both report
        assertThat(slots.free()).isEqualTo(1);
        assertThat(slots.take()).isPresent();
        assertThat(slots.take()).isEmpty();
    }
}
