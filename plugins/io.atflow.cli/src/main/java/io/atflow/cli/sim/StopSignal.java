package io.atflow.cli.sim;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** When {@code atflow sim} stops: on Ctrl-C (the JVM's shutdown), or when a test says so. */
class StopSignal {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final boolean onShutdown;

    private StopSignal(boolean onShutdown) {
        this.onShutdown = onShutdown;
    }

    static StopSignal onShutdown() {
        return new StopSignal(true);
    }

    static StopSignal manual() {
        return new StopSignal(false);
    }

    /** Blocks until stopped; with Ctrl-C the shutdown waits (briefly) for {@link #finished()}. */
    void await() throws InterruptedException {
        if (onShutdown) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    done.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "atflow-sim-shutdown"));
        }
        stop.await();
    }

    void stop() {
        stop.countDown();
    }

    void finished() {
        done.countDown();
    }
}
