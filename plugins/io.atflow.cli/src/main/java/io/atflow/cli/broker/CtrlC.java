package io.atflow.cli.broker;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Stops on Ctrl-C (or any JVM shutdown): the shutdown hook waits until the broker has closed cleanly. */
final class CtrlC implements StopSignal {
    private static final int CLOSE_SECONDS = 15;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);

    CtrlC() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.countDown();
            try {
                done.await(CLOSE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "atflow-broker-stop"));
    }

    @Override
    public void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void stopped() {
        done.countDown();
    }
}
