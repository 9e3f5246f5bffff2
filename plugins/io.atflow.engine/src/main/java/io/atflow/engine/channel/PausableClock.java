package io.atflow.engine.channel;

/**
 * A nanosecond clock that can stand still: while paused, {@link #now()} does not advance, and after
 * {@link #resume()} it goes on from where it stopped. Deadlines measured with it exclude the paused time (a debugged
 * run's suspended {@code await} or command has, on resume, exactly the time it had left). Reading is lock-free.
 */
public final class PausableClock {
    private static final long RUNNING = Long.MIN_VALUE;
    private volatile long offset;
    private volatile long pausedAt = RUNNING;

    /** Nanoseconds on this clock (only differences mean something, as with {@link System#nanoTime()}). */
    public long now() {
        long p = pausedAt;
        return p != RUNNING ? p : System.nanoTime() - offset;
    }

    public boolean isPaused() {
        return pausedAt != RUNNING;
    }

    /** Stops the clock; pausing a paused clock changes nothing. */
    public synchronized void pause() {
        if (pausedAt == RUNNING) {
            pausedAt = System.nanoTime() - offset;
        }
    }

    /** Lets the clock go on from where it stopped. */
    public synchronized void resume() {
        long p = pausedAt;
        if (p != RUNNING) {
            offset = System.nanoTime() - p;
            pausedAt = RUNNING;
        }
    }
}
