package io.atflow.run.events;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the run's own events behind the engine's. The engine delivers its events (sent, received, URC, result) on
 * its event thread, a little after they happened; the interpreter waits here, briefly and boundedly, until the
 * engine event it depends on was passed on, before it posts "step passed", "handler fired" and the like. So
 * listeners see {@code < OK} before {@code step "x" passed}. A command's result is {@linkplain #owe owed} rather than
 * waited for after each command: the wait happens once, when the run next posts an event of its own
 * ({@link #settle}), so commands in a row never wait for the event thread.
 */
public final class Sequencer {
    /** The longest the interpreter waits for the engine's event thread (it only converts and queues: microseconds). */
    public static final long MAX_WAIT_MILLIS = 500;
    private static final int RECENT_URCS = 1024;

    private final Map<String, Long> results = new HashMap<>();
    private final Set<String> urcs = new HashSet<>();
    private final ArrayDeque<String> urcOrder = new ArrayDeque<>();
    private boolean closed;
    /** The result the run's next own event must come after, or null. */
    private Owed owed;
    /** Per command: how many of its results the run has got (owed ones included). */
    private final Map<String, Long> gotten = new HashMap<>();

    private record Owed(String command, long before) {
    }

    /** How many results of {@code command} (masked text) were passed on so far. */
    public synchronized long results(String command) {
        return results.getOrDefault(command, 0L);
    }

    synchronized void resultDelivered(String command) {
        results.merge(command, 1L, Long::sum);
        notifyAll();
    }

    synchronized void urcDelivered(Instant time, String line) {
        String key = time + " " + line;
        if (urcs.add(key)) {
            urcOrder.addLast(key);
            if (urcOrder.size() > RECENT_URCS) {
                urcs.remove(urcOrder.removeFirst());
            }
        }
        notifyAll();
    }

    synchronized void closedDelivered() {
        closed = true;
        notifyAll();
    }

    /**
     * How many results of {@code command} the run got so far: passed on, or owed (not passed on yet). The
     * {@code before} of {@link #owe} and {@link #awaitResult} for the command about to be sent.
     */
    public synchronized long gotten(String command) {
        return Math.max(results(command), gotten.getOrDefault(command, 0L));
    }

    /**
     * Notes that the run's next own event must come after result number {@code before + 1} of {@code command}
     * (results are passed on in order: the latest command's result covers the earlier ones).
     */
    public synchronized void owe(String command, long before) {
        owed = new Owed(command, before);
        gotten.merge(command, before + 1, Math::max);
    }

    /** Waits (boundedly) until the result noted by {@link #owe} was passed on; at once when none is owed. */
    public synchronized void settle() {
        Owed o = owed;
        if (o == null) {
            return;
        }
        awaitResult(o.command(), o.before());
        if (owed == o) {
            owed = null;
        }
    }

    /** Waits until more than {@code before} results of {@code command} were passed on. */
    public synchronized void awaitResult(String command, long before) {
        waitFor(() -> results(command) > before);
    }

    /** Waits until the URC of {@code time} with the (masked) {@code line} was passed on. */
    public synchronized void awaitUrc(Instant time, String line) {
        String key = time + " " + line;
        waitFor(() -> urcs.contains(key));
    }

    /** Waits until the end of the session was passed on. */
    public synchronized void awaitClosed() {
        waitFor(() -> closed);
    }

    private void waitFor(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + MAX_WAIT_MILLIS * 1_000_000;
        while (!done.getAsBoolean() && !closed) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
