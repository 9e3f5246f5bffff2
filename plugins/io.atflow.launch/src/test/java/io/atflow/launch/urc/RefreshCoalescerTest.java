package io.atflow.launch.urc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RefreshCoalescerTest {
    private final Deque<Runnable> ui = new ArrayDeque<>();
    private final AtomicInteger refreshed = new AtomicInteger();
    private final RefreshCoalescer coalescer = new RefreshCoalescer(ui::add, refreshed::incrementAndGet);

    @Test
    void aBurstOfRequestsSchedulesOneRefresh() {
        for (int i = 0; i < 10_000; i++) {
            coalescer.request();
        }
        assertEquals(1, ui.size());
        ui.poll().run();
        assertEquals(1, refreshed.get());
        assertEquals(1, coalescer.refreshes());
    }

    @Test
    void aRequestAfterTheRefreshStartedSchedulesTheNextOne() {
        coalescer.request();
        ui.poll().run();
        coalescer.request();
        coalescer.request();
        assertEquals(1, ui.size());
        ui.poll().run();
        assertEquals(2, refreshed.get());
    }

    @Test
    void aRequestMadeDuringTheRefreshIsNotLost() {
        RefreshCoalescer[] self = new RefreshCoalescer[1];
        AtomicInteger runs = new AtomicInteger();
        self[0] = new RefreshCoalescer(ui::add, () -> {
            if (runs.incrementAndGet() == 1) {
                self[0].request();
            }
        });
        self[0].request();
        ui.poll().run();
        assertEquals(1, ui.size());
        ui.poll().run();
        assertEquals(2, runs.get());
    }

    @Test
    void concurrentRequestsNeverScheduleMoreThanOnePendingRefresh() throws InterruptedException {
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 2_500; i++) {
                    coalescer.request();
                }
            });
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(30));
            assertFalse(t.isAlive(), "a writer thread is stuck");
        }
        assertEquals(1, ui.size());
    }
}
