package io.atflow.ui.tests.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Waits for conditions on the UI thread while processing display events. The bound only turns a hang into a failure
 * on a loaded machine; nothing asserts how long anything took.
 */
public final class UiWait {
    /** The most a condition may take before the test fails (generous: a loaded 2-core machine). */
    public static final long BOUND_MILLIS = 180_000;

    private UiWait() {
    }

    public static void until(BooleanSupplier condition, Supplier<String> what) {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + BOUND_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("still waiting for: " + what.get());
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> {
                });
                display.sleep();
            }
        }
    }

    public static void until(BooleanSupplier condition, String what) {
        until(condition, () -> what);
    }

    /** Runs every pending UI event; returns how many were dispatched. */
    public static int drain() {
        Display display = Display.getCurrent();
        int n = 0;
        while (display.readAndDispatch()) {
            n++;
        }
        return n;
    }
}
