package org.mcfed.connector.mqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.run.ShapeChangeCheck;

/** The MQR redesigns its detail pages (the sandbox's "redesign" fault): the run fails clearly and keeps the index. */
class MqaRegistryRedesignIT {

    @Test
    void aRedesignedRegistryFailsTheRunWithoutReplacingOrDeletingAnything() {
        ShapeChangeCheck.assertRedesignFailsAndKeepsTheIndex("mqa");
    }
}
