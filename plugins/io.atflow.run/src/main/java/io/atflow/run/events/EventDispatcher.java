package io.atflow.run.events;

import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;

/**
 * Delivers a run's events to its listeners in order on one thread of its own ({@code atflow-run-events}), at most
 * {@link #LINGER_NANOS} after they were posted. Posting
 * never blocks: beyond {@link #LIMIT} undelivered events newer ones are dropped and a note says how many.
 * {@link RunEvent.RunFinished} (a run's) or {@link #close()} (an open module's) ends the thread after the events
 * before it were delivered.
 */
public final class EventDispatcher {
    /** Undelivered events kept before new ones are dropped. */
    public static final int LIMIT = 100_000;
    /**
     * How long the thread waits for more events after running out, before it blocks on the queue (where each event
     * would wake it): a burst of events (a run's exchanges) wakes it about once per linger.
     */
    static final long LINGER_NANOS = 1_000_000;
    /** Ends the thread when taken from the queue (never delivered). */
    private static final RunEvent END = new RunEvent.LogMessage(Instant.EPOCH, "");
    private final List<RunListener> listeners;
    private final LinkedBlockingQueue<RunEvent> queue = new LinkedBlockingQueue<>(LIMIT);
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Actions queued by {@link #then}, by their marker (identity: the markers are equal records). */
    private final Map<RunEvent, Runnable> actions = Collections.synchronizedMap(new IdentityHashMap<>());
    private final Thread thread;
    private long dropped;
    private boolean ended;

    public EventDispatcher(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.thread = new Thread(this::run, "atflow-run-events");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    public void post(RunEvent event) {
        if (!queue.offer(event)) {
            synchronized (this) {
                dropped++;
            }
            if (event instanceof RunEvent.RunFinished || event == END) {
                try {
                    queue.put(event);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /**
     * Runs {@code action} on the event thread once every event posted before it was delivered and the listeners
     * {@linkplain RunListener#caughtUp() caught up} (a debugger tells of
     * a suspension after the console lines of what led to it); at once when the thread has ended, or when the
     * listeners fell {@link #LIMIT} events behind.
     */
    public void then(Runnable action) {
        RunEvent marker = new RunEvent.LogMessage(Instant.EPOCH, "");
        synchronized (this) {
            if (!ended) {
                actions.put(marker, action);
                if (queue.offer(marker)) {
                    return;
                }
                actions.remove(marker);
            }
        }
        action.run();
    }

    /** Ends the thread once the events posted so far were delivered; later ones are not. */
    public void close() {
        post(END);
    }

    /** Waits (at most {@code millis}) until {@link RunEvent.RunFinished} was delivered. */
    public boolean awaitFinished(long millis) {
        try {
            return finished.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void run() {
        try {
            while (true) {
                RunEvent e = queue.poll();
                if (e == null) {
                    // linger outside the queue's wait: the rest of a burst is queued meanwhile without waking us
                    LockSupport.parkNanos(this, LINGER_NANOS);
                    e = queue.poll();
                }
                if (e == null) {
                    caughtUp();
                    e = queue.take();
                }
                if (e == END) {
                    return;
                }
                Runnable action = actions.remove(e);
                if (action != null) {
                    caughtUp(); // what listeners hold of the events before it is written first
                    runQuietly(action);
                    continue;
                }
                reportDropped();
                deliver(e);
                if (e instanceof RunEvent.RunFinished) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            caughtUp();
            synchronized (this) {
                ended = true;
            }
            queue.forEach(e -> {
                Runnable action = actions.remove(e);
                if (action != null) {
                    runQuietly(action);
                }
            });
            finished.countDown();
        }
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException ex) {
            // as a failing listener: the others and the run go on
        }
    }

    private void caughtUp() {
        for (RunListener l : listeners) {
            try {
                l.caughtUp();
            } catch (RuntimeException ex) {
                // as for events
            }
        }
    }

    private void reportDropped() {
        long d;
        synchronized (this) {
            d = dropped;
            dropped = 0;
        }
        if (d > 0) {
            deliver(new RunEvent.LogMessage(Instant.now(), "(" + d + " events dropped: listeners fell " + LIMIT
                    + " events behind)"));
        }
    }

    private void deliver(RunEvent e) {
        for (RunListener l : listeners) {
            try {
                l.onEvent(e);
            } catch (RuntimeException ex) {
                // a failing listener must not stop the others or the run
            }
        }
    }
}
