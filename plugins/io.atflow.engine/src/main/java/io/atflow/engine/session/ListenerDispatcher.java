package io.atflow.engine.session;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import io.atflow.engine.channel.LineKind;

/**
 * Delivers listener events in order on one thread of its own, started with the first listener. Posting never blocks:
 * when listeners fall {@link #LIMIT} events behind, newer events are dropped and a note says how many.
 */
final class ListenerDispatcher {
    static final int LIMIT = 100_000;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>(LIMIT);
    private Thread thread;
    private volatile boolean stopping;
    private long dropped;

    void add(SessionListener l) {
        listeners.add(l);
        synchronized (this) {
            if (thread == null) {
                thread = new Thread(this::run, "atflow-events");
                thread.setDaemon(true);
                thread.start();
            }
        }
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
        if (!queue.offer(() -> deliver(event))) {
            synchronized (this) {
                dropped++;
            }
        }
    }

    /** Delivers what is queued, then ends the thread. */
    void stop() {
        stopping = true;
        queue.offer(() -> { });
    }

    private void run() {
        while (!(stopping && queue.isEmpty())) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                return;
            }
            long d;
            synchronized (this) {
                d = dropped;
                dropped = 0;
            }
            if (d > 0) {
                String note = "(" + d + " events dropped: listeners fell " + LIMIT + " events behind)";
                deliver(l -> l.received(Instant.now(), LineKind.NOISE, note));
            }
        }
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
