package io.atflow.cli.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during {@code atflow run}: the JVM's shutdown starts a hook that aborts the run, waits (at most
 * {@link #GRACE_SECONDS}) until the command printed the verdict and completed the transcript, then ends the process
 * with the run's exit code (1 for ABORTED) instead of the signal's. Tests use {@link #manual()} and {@link #fire()}.
 */
class Interrupts {
    /** How long Ctrl-C waits for the run to end cleanly. */
    static final int GRACE_SECONDS = 10;
    private final boolean hook;
    private final CountDownLatch done = new CountDownLatch(1);
    private static final Runnable NOOP = () -> { };
    private volatile Runnable onInterrupt = NOOP;
    private volatile int exitCode = 1;
    private Thread thread;

    private Interrupts(boolean hook) {
        this.hook = hook;
    }

    static Interrupts onCtrlC() {
        return new Interrupts(true);
    }

    static Interrupts manual() {
        return new Interrupts(false);
    }

    /** From now on an interrupt runs {@code action} (aborts the run). */
    synchronized void arm(Runnable action) {
        onInterrupt = action;
        if (hook && thread == null) {
            thread = new Thread(this::fire, "atflow-run-interrupt");
            Runtime.getRuntime().addShutdownHook(thread);
        }
    }

    /** True once a run can be interrupted. */
    boolean armed() {
        return onInterrupt != NOOP;
    }

    /** What Ctrl-C does: abort, wait for the verdict, end with its exit code. */
    void fire() {
        onInterrupt.run();
        try {
            done.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (hook) {
            Runtime.getRuntime().halt(exitCode);
        }
    }

    /** The command is done and will exit with {@code code}; no interrupt is expected any more. */
    synchronized void finished(int code) {
        exitCode = code;
        done.countDown();
        if (hook && thread != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(thread);
            } catch (IllegalStateException e) {
                // the shutdown (Ctrl-C) is already running: the hook ends the process with the exit code
            }
            thread = null;
        }
    }
}
