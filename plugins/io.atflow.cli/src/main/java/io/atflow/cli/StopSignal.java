package io.atflow.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When a long-running command ({@code atflow sim}, {@code atflow broker}) stops: on Ctrl-C (the JVM's shutdown, which
 * then waits briefly until the command reports {@link #finished()}), or when a test says so ({@link #stop()}).
 */
public final class StopSignal {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final String thread;
    private final Duration grace;

    private StopSignal(String thread, Duration grace) {
        this.thread = thread;
        this.grace = grace;
    }

    /** Stops on Ctrl-C; the shutdown waits up to {@code grace} for {@link #finished()}. */
    public static StopSignal onShutdown(String thread, Duration grace) {
        return new StopSignal(thread, grace);
    }

    /** Stops when {@link #stop()} is called. */
    public static StopSignal manual() {
        return new StopSignal(null, Duration.ZERO);
    }

    /** Blocks until stopped. */
    public void await() throws InterruptedException {
        if (thread != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                stop.countDown();
                try {
                    done.await(grace.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, thread));
        }
        stop.await();
    }

    public void stop() {
        stop.countDown();
    }

    /** The command has stopped cleanly. */
    public void finished() {
        done.countDown();
    }
}
