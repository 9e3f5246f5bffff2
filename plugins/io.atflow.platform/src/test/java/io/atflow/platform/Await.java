package io.atflow.platform;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition in tests: bounded, looking again every 20 ms. */
public final class Await {
    private Await() {
    }

    /** Returns once {@code condition} holds; fails with {@code what} (how things stand) after {@code bound}. */
    public static void until(Duration bound, BooleanSupplier condition, Supplier<String> what)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what.get() + " within " + bound.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }
}
