package io.atflow.engine.testing;

import java.util.function.BooleanSupplier;

/** Polls a condition with a generous bound (for events delivered on other threads); never measures time. */
public final class Eventually {
    private static final long BOUND_MILLIS = 10_000;

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + BOUND_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("still not true after " + BOUND_MILLIS / 1000 + " s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }
}
