package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class UrcLogTest {
    private static UrcRow row(long seq) {
        return new UrcRow(seq, Instant.EPOCH, "t", "+X", List.of(), "", "+X: " + seq, null);
    }

    @Test
    void keepsTheNewestRowsUpToItsCapacity() {
        UrcLog log = new UrcLog(3);
        for (int i = 1; i <= 5; i++) {
            log.append(row(i));
        }
        assertEquals(List.of(3L, 4L, 5L), log.snapshot().stream().map(UrcRow::seq).toList());
        assertEquals(3, log.size());
        assertEquals(5, log.total());
        assertEquals(2, log.dropped());
    }

    @Test
    void clearEmptiesAndResetsTheCounters() {
        UrcLog log = new UrcLog(2);
        log.append(row(1));
        log.append(row(2));
        log.append(row(3));
        log.clear();
        assertEquals(List.of(), log.snapshot());
        assertEquals(0, log.total());
        assertEquals(0, log.dropped());
        log.append(row(4));
        assertEquals(List.of(4L), log.snapshot().stream().map(UrcRow::seq).toList());
    }

    @Test
    void burstFromSeveralThreadsStaysBoundedAndCountsEveryRow() throws InterruptedException {
        UrcLog log = new UrcLog(UrcLog.DEFAULT_CAPACITY);
        AtomicInteger notified = new AtomicInteger();
        log.addListener(notified::incrementAndGet);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 2_500;
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_500; i++) {
                    log.append(row(base + i));
                }
            }));
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(30));
            assertFalse(t.isAlive(), "a writer thread is stuck");
        }
        assertEquals(UrcLog.DEFAULT_CAPACITY, log.size());
        assertEquals(10_000, log.total());
        assertEquals(10_000 - UrcLog.DEFAULT_CAPACITY, log.dropped());
        assertEquals(10_000, notified.get());
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new UrcLog(0));
    }

    @Test
    void eachLogNumbersItsRowsFromOne() {
        UrcLog a = new UrcLog(2);
        UrcLog b = new UrcLog(2);
        assertEquals(List.of(1L, 2L, 3L), List.of(a.nextSeq(), a.nextSeq(), a.nextSeq()));
        assertEquals(1L, b.nextSeq());
    }
}
