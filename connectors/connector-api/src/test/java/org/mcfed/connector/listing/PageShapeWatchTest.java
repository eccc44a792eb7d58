package org.mcfed.connector.listing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageShapeWatchTest {

    @Test
    void undecidedBeforeEnoughPagesEvenWhenAllLackLabels() {
        PageShapeWatch watch = new PageShapeWatch(3, 0.5);
        watch.read("https://r.example/1", false);
        watch.read("https://r.example/2", false);
        assertFalse(watch.decided());
        assertFalse(watch.changed());
    }

    @Test
    void moreThanTheShareUnlabelledIsAShapeChangeNamingTheSmallestSuchUrlWhateverTheOrderOfReading() {
        PageShapeWatch watch = new PageShapeWatch(3, 0.5);
        watch.read("https://r.example/1", true);
        watch.read("https://r.example/3", false);
        watch.read("https://r.example/2", false);
        assertTrue(watch.changed());
        assertEquals("page shape changed: 2 of 3 detail pages lack the expected labels (e.g. https://r.example/2)",
                watch.reason());
    }

    @Test
    void exactlyTheShareOrAFewMalformedPagesAreNoShapeChange() {
        PageShapeWatch watch = new PageShapeWatch(4, 0.5);
        watch.read("https://r.example/1", true);
        watch.read("https://r.example/2", false);
        watch.read("https://r.example/3", true);
        watch.read("https://r.example/4", false);
        assertTrue(watch.decided());
        assertFalse(watch.changed());
    }

    @Test
    void refusesANonsensicalThreshold() {
        assertThrows(IllegalArgumentException.class, () -> new PageShapeWatch(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new PageShapeWatch(10, 1.0));
    }
}
