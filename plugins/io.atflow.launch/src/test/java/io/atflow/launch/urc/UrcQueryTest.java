package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;

class UrcQueryTest {
    private final UrcRowDecoder decoder = new UrcRowDecoder(AtCatalog.standard());
    private final UrcRow stat = decoder.decode(1, Instant.EPOCH, "7-property-post", "+QMTSTAT: 0,1", null);
    private final UrcRow open = decoder.decode(2, Instant.EPOCH, "AT console", "+QMTOPEN: 0,0", null);

    @Test
    void everyWordMustOccurInCodeLineMeaningOrSource() {
        assertTrue(UrcQuery.parse("qmtstat").test(stat));
        assertTrue(UrcQuery.parse("closed PEER").test(stat));
        assertTrue(UrcQuery.parse("property-post").test(stat));
        assertFalse(UrcQuery.parse("qmtstat opened").test(stat));
        assertEquals(List.of(open), UrcQuery.parse("  +QMTOPEN  ").apply(List.of(stat, open)));
    }

    @Test
    void blankFilterShowsEverything() {
        assertSame(UrcQuery.ALL, UrcQuery.parse("   "));
        assertEquals(List.of(stat, open), UrcQuery.ALL.apply(List.of(stat, open)));
    }
}
