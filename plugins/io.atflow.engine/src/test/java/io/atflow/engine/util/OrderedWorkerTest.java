package io.atflow.engine.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.Eventually;

@Timeout(60)
class OrderedWorkerTest {
    final List<Long> dropped = new CopyOnWriteArrayList<>();
    final List<Integer> ran = new CopyOnWriteArrayList<>();

    @Test
    void eagerAndLazyTasksRunInTheOrderSubmitted() {
        OrderedWorker w = new OrderedWorker("test-worker", 1000, dropped::add);
        w.start();
        for (int i = 0; i < 100; i++) {
            int n = i;
            if (i % 3 == 0) {
                w.submit(() -> ran.add(n));
            } else {
                w.submitLazily(() -> ran.add(n));
            }
        }
        Eventually.until("all tasks ran", () -> ran.size() == 100);
        assertEquals(java.util.stream.IntStream.range(0, 100).boxed().toList(), ran);
        w.stop();
    }

    @Test
    void aLazyTaskWakesAWorkerThatFellAsleep() throws Exception {
        OrderedWorker w = new OrderedWorker("test-worker-wake", 1000, dropped::add);
        w.start();
        CountDownLatch first = new CountDownLatch(1);
        w.submit(first::countDown);
        first.await(10, TimeUnit.SECONDS);
        Eventually.until("the worker sleeps until woken (past its linger)", () -> Thread.getAllStackTraces().keySet()
                .stream().anyMatch(t -> t.getName().equals("test-worker-wake") && t.getState() == Thread.State.WAITING));
        w.submitLazily(() -> ran.add(1));
        Eventually.until("the lazy task ran", () -> ran.equals(List.of(1)));
        w.stop();
    }

    @Test
    void beyondTheLimitTasksAreDroppedAndCounted() throws Exception {
        OrderedWorker w = new OrderedWorker("test-worker", 3, dropped::add);
        w.start();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        w.submit(() -> {
            blocking.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        blocking.await(10, TimeUnit.SECONDS);
        for (int i = 0; i < 5; i++) {
            int n = i;
            w.submitLazily(() -> ran.add(n));
        }
        release.countDown();
        Eventually.until("the kept tasks ran and the drop was reported", () -> ran.size() == 3 && !dropped.isEmpty());
        assertEquals(List.of(0, 1, 2), ran);
        assertEquals(List.of(2L), dropped);
        w.stop();
    }

    @Test
    void stopRunsWhatIsQueuedThenEndsTheThread() throws Exception {
        OrderedWorker w = new OrderedWorker("test-worker-stop", 1000, dropped::add);
        for (int i = 0; i < 10; i++) {
            int n = i;
            w.submitLazily(() -> ran.add(n));
        }
        w.start();
        w.stop();
        Eventually.until("the queued tasks ran", () -> ran.size() == 10);
        Eventually.until("the thread ended", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("test-worker-stop")));
    }

    @Test
    void submitLazilySaysWhetherTheTaskWasQueued() throws Exception {
        OrderedWorker w = new OrderedWorker("test-worker-full", 1, dropped::add);
        assertTrue(w.submitLazily(() -> ran.add(0)), "room for one task (the thread is not started)");
        assertFalse(w.submitLazily(() -> ran.add(1)), "the queue is full");
        w.start();
        Eventually.until("the queued task ran and the drop was reported", () -> ran.equals(List.of(0))
                && dropped.equals(List.of(1L)));
        w.stop();
    }

    @Test
    void idleRunsWhenTheThreadRanOutOfTasksAndBeforeItSleeps() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        OrderedWorker w = new OrderedWorker("test-worker-idle", 1000, dropped::add, () -> seen.add("idle"));
        for (int i = 0; i < 3; i++) {
            int n = i;
            w.submitLazily(() -> seen.add("task " + n));
        }
        w.start();
        Eventually.until("idle after the burst", () -> seen.contains("idle"));
        Eventually.until("the worker sleeps until woken", () -> Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("test-worker-idle") && t.getState() == Thread.State.WAITING));
        assertEquals(List.of("task 0", "task 1", "task 2", "idle"), seen);
        w.submitLazily(() -> seen.add("task 3"));
        Eventually.until("idle again after the next task", () -> seen.size() == 6);
        assertEquals(List.of("task 0", "task 1", "task 2", "idle", "task 3", "idle"), seen);
        w.stop();
    }

    @Test
    void stopWithALastTaskRunsItAfterWhatIsQueued() throws Exception {
        OrderedWorker w = new OrderedWorker("test-worker-last", 1000, dropped::add);
        for (int i = 0; i < 10; i++) {
            int n = i;
            w.submitLazily(() -> ran.add(n));
        }
        w.stop(() -> ran.add(-1));
        w.start();
        Eventually.until("the last task ran", () -> ran.contains(-1));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1), ran);
        Eventually.until("the thread ended", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("test-worker-last")));
    }
}
