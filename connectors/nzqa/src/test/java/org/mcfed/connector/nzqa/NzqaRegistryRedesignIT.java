package org.mcfed.connector.nzqa;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.run.ShapeChangeCheck;

/** The NZQA register redesigns its detail pages (the sandbox's "redesign" fault): the run fails clearly and keeps the index. */
class NzqaRegistryRedesignIT {

    @Test
    void aRedesignedRegistryFailsTheRunWithoutReplacingOrDeletingAnything() {
        ShapeChangeCheck.assertRedesignFailsAndKeepsTheIndex("nzqa");
    }
}
