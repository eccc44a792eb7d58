package org.mcfed.connector.hkqr;

import org.junit.jupiter.api.Test;
import org.mcfed.connector.run.ShapeChangeCheck;

/** The HKQR redesigns its detail pages (the sandbox's "redesign" fault): the run fails clearly and keeps the index. */
class HkqrRegistryRedesignIT {

    @Test
    void aRedesignedRegistryFailsTheRunWithoutReplacingOrDeletingAnything() {
        ShapeChangeCheck.assertRedesignFailsAndKeepsTheIndex("hkqr");
    }
}
