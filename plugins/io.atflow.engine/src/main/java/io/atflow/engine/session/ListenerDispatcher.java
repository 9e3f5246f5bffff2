package io.atflow.engine.session;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.atflow.engine.channel.LineKind;
import io.atflow.engine.util.OrderedWorker;

/**
 * Delivers listener events in order on one thread of its own, started with the first listener. Posting never blocks:
 * when listeners fall {@link #LIMIT} events behind, newer events are dropped and a note says how many.
 */
final class ListenerDispatcher {
    static final int LIMIT = 100_000;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final OrderedWorker worker = new OrderedWorker("atflow-events", LIMIT, d -> deliver(
            l -> l.received(Instant.now(), LineKind.NOISE,
                    "(" + d + " events dropped: listeners fell " + LIMIT + " events behind)")));

    void add(SessionListener l) {
        listeners.add(l);
        worker.start();
    }

    void remove(SessionListener l) {
        listeners.remove(l);
    }

    boolean isEmpty() {
        return listeners.isEmpty();
    }

    /** Queues {@code event} for every listener. */
    void post(Consumer<SessionListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        worker.submit(() -> deliver(event));
    }

    /**
     * Queues {@code event} for every listener without waking the thread for it: delivered within
     * {@link OrderedWorker#LINGER_NANOS} or with the next {@link #post}. For events nobody waits for (bytes sent, lines,
     * results), so a burst of exchanges wakes the thread once rather than per event.
     */
    void postLazily(Consumer<SessionListener> event) {
        if (listeners.isEmpty()) {
            return;
        }
        worker.submitLazily(() -> deliver(event));
    }

    /** Delivers what is queued, then ends the thread. */
    void stop() {
        worker.stop();
    }

    private void deliver(Consumer<SessionListener> event) {
        for (SessionListener l : listeners) {
            try {
                event.accept(l);
            } catch (RuntimeException e) {
                // a failing listener must not stop the others
            }
        }
    }
}
