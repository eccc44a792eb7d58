package org.mcfed.connector.microcred;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.run.ShapeChangeCheck;

/** The Microcred Seeker redesigns its detail pages (the sandbox's "redesign" fault): the run fails clearly and keeps the index. */
class MicrocredRegistryRedesignIT {

    @Test
    void aRedesignedRegistryFailsTheRunWithoutReplacingOrDeletingAnything() {
        ShapeChangeCheck.assertRedesignFailsAndKeepsTheIndex("microcred-seeker");
    }
}
