package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.atflow.engine.transport.Transport;

/**
 * The choice between polling and blocking, on a simulated clock: each {@code available()} takes a microsecond, bytes
 * become visible to a poller {@code seenPolling} after the wait began and reach a blocked reader {@code seenBlocked}
 * after it (the kernel's wake-up included).
 */
class ReadSpinTest {
    private static final long US = 1_000;
    private static final int WAITS = 32 * 20;

    private long now;
    private long waitStart;
    private long seenPolling;
    private int availableCalls;
    private int answer = 1;

    private final Transport module = new Transport() {
        @Override
        public int available() {
            availableCalls++;
            now += US;
            if (answer < 0) {
                return answer;
            }
            return now - waitStart >= seenPolling ? answer : 0;
        }

        @Override
        public void open() {
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return 0;
        }

        @Override
        public void write(byte[] data, int offset, int length) {
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public String describe() {
            return "simulated";
        }

        @Override
        public void close() {
        }
    };

    /** Runs {@link #WAITS} waits; returns how many of the last 512 polled. */
    private int polledOfLast512(ReadSpin spin, long seenPollingUs, long seenBlockedUs) {
        seenPolling = seenPollingUs * US;
        int polled = 0;
        for (int i = 0; i < WAITS; i++) {
            waitStart = now;
            spin.beforeRead();
            // the read: returns at once when polling saw the bytes, else when a blocked reader gets them
            if (!(spin.polled() && now - waitStart >= seenPolling)) {
                now = Math.max(now, waitStart + seenBlockedUs * US);
            }
            spin.afterRead(1);
            if (i >= WAITS - 512 && spin.polled()) {
                polled++;
            }
            now += 3 * US; // the caller frames the answer and writes the next command
        }
        return polled;
    }

    private ReadSpin spin(boolean enabled) {
        return new ReadSpin(module, enabled, () -> now);
    }

    @Test
    void channelsPollBeforeReadsUnlessTurnedOff() {
        assertTrue(ChannelConfig.defaults().pollBeforeRead());
        assertTrue(!ChannelConfig.defaults().withPollBeforeRead(false).pollBeforeRead());
    }

    @Test
    void pollsWhenAPollerSeesTheAnswerSoonerThanAWokenReader() {
        int polled = polledOfLast512(spin(true), 15, 60);
        // all but the one wait in EXPLORE_EVERY that keeps the blocking average fresh
        assertEquals(512 - 512 / ReadSpin.EXPLORE_EVERY, polled);
    }

    @Test
    void blocksWhenPollingWasSlower() {
        // a loaded machine: the module's side waits for the CPU the poller holds
        int polled = polledOfLast512(spin(true), 80, 40);
        assertEquals(512 / ReadSpin.EXPLORE_EVERY, polled);
    }

    @Test
    void aSlowModuleIsPolledForOnlyToKeepMeasuring() {
        // a real serial line: OK takes about a millisecond, beyond what a poll waits
        int calls = availableCalls;
        int polled = polledOfLast512(spin(true), 1_000, 1_000);
        assertEquals(512 / ReadSpin.EXPLORE_EVERY, polled);
        long perWait = (availableCalls - calls) / WAITS;
        assertTrue(perWait <= ReadSpin.SPIN_NANOS / US / ReadSpin.EXPLORE_EVERY + 2,
                perWait + " polls per wait");
    }

    @Test
    void neverPollsOnOneCpu() {
        assertEquals(0, polledOfLast512(spin(false), 15, 60));
        assertEquals(0, availableCalls);
    }

    @Test
    void aTransportThatCannotTellIsAskedOncePerWaitAtMost() {
        answer = -1;
        polledOfLast512(spin(true), 15, 60);
        assertTrue(availableCalls <= WAITS, availableCalls + " calls for " + WAITS + " waits");
    }
}
