package io.atflow.run.events;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.atflow.engine.util.OrderedWorker;
import io.atflow.run.RunEvent;
import io.atflow.run.RunListener;

/**
 * Delivers a run's events to its listeners in order on one thread of its own ({@code atflow-run-events}), an
 * {@link OrderedWorker} given them lazily: at most {@link OrderedWorker#LINGER_NANOS} after they were posted, a burst
 * of them (a run's exchanges) with about one wake-up per linger. Posting never blocks: beyond {@link #LIMIT}
 * undelivered events newer ones are dropped and a note says how many. When the thread runs out of events, the
 * listeners {@linkplain RunListener#caughtUp() caught up}. {@link RunEvent.RunFinished} (a run's) or {@link #close()}
 * (an open module's) ends the thread after the events before it were delivered; later ones are not.
 */
public final class EventDispatcher {
    /** Undelivered events kept before new ones are dropped. */
    public static final int LIMIT = 100_000;
    private final List<RunListener> listeners;
    private final OrderedWorker worker;
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Set when the run finished or the module closed: nothing is queued after. */
    private volatile boolean ended;

    public EventDispatcher(List<RunListener> listeners) {
        this.listeners = List.copyOf(listeners);
        this.worker = new OrderedWorker("atflow-run-events", LIMIT, d -> deliver(new RunEvent.LogMessage(Instant.now(),
                "(" + d + " events dropped: listeners fell " + LIMIT + " events behind)")), this::caughtUp);
        worker.start();
    }

    public void post(RunEvent event) {
        if (event instanceof RunEvent.RunFinished) {
            end(() -> deliver(event));
        } else if (!ended && !listeners.isEmpty()) { // unheard events wake no thread (a run's own module has none)
            worker.submitLazily(() -> deliver(event));
        }
    }

    /**
     * Runs {@code action} on the event thread once every event posted before it was delivered and the listeners
     * {@linkplain RunListener#caughtUp() caught up} (a debugger tells of
     * a suspension after the console lines of what led to it); at once when the run finished or the module closed,
     * or when the listeners fell {@link #LIMIT} events behind.
     */
    public void then(Runnable action) {
        synchronized (this) {
            if (!ended && worker.submitLazily(() -> {
                caughtUp(); // what listeners hold of the events before it is written first
                runQuietly(action);
            })) {
                return;
            }
        }
        action.run();
    }

    /** Ends the thread once the events posted so far were delivered; later ones are not. */
    public void close() {
        end(() -> { });
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

    /** Lets the thread deliver what was queued before (events and {@link #then} actions), then {@code last}, then end. */
    private void end(Runnable last) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        worker.stop(() -> {
            last.run();
            caughtUp();
            finished.countDown();
        });
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
