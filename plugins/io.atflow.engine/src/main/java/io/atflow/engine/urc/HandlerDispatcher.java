package io.atflow.engine.urc;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.atflow.engine.util.OrderedWorker;

/**
 * Runs subscription handlers on one thread of its own ({@code atflow-urc}), in arrival order, so a slow handler
 * never blocks the channel's reader. The thread starts with the first subscription.
 */
final class HandlerDispatcher {
    private static final Runnable NOTHING = () -> { };
    private final List<Sub> subscriptions = new CopyOnWriteArrayList<>();
    private final Consumer<Throwable> failures;
    private final OrderedWorker worker;

    HandlerDispatcher(Consumer<Throwable> failures, String threadName) {
        this.failures = failures;
        this.worker = new OrderedWorker(threadName, UrcBus.QUEUE_LIMIT, d -> failures.accept(new IllegalStateException(
                d + " URCs were not passed to handlers because they fell " + UrcBus.QUEUE_LIMIT + " behind")));
    }

    Subscription subscribe(UrcFilter filter, Consumer<Urc> handler) {
        Sub s = new Sub(filter, handler);
        subscriptions.add(s);
        worker.start();
        return s;
    }

    /**
     * What queues {@code urc} for the subscriptions made before now (one made later does not get it), to be run
     * when the URC is to go to them.
     */
    Runnable delivery(Urc urc) {
        if (subscriptions.isEmpty()) {
            return NOTHING;
        }
        Iterator<Sub> subscribed = subscriptions.iterator(); // the list as it is now
        return () -> worker.submit(() -> deliver(urc, subscribed));
    }

    /** Lets the thread finish what is queued, then end. */
    void stop() {
        worker.stop();
    }

    private void deliver(Urc urc, Iterator<Sub> subscribed) {
        while (subscribed.hasNext()) {
            Sub s = subscribed.next();
            if (!s.cancelled && s.filter.matches(urc)) {
                if (s.paused || !s.held.isEmpty()) {
                    s.hold(urc);
                } else {
                    call(s, urc);
                }
            }
        }
    }

    private void call(Sub s, Urc urc) {
        try {
            s.handler.accept(urc);
        } catch (RuntimeException | Error e) {
            failures.accept(e);
        }
    }

    private final class Sub implements Subscription {
        final UrcFilter filter;
        final Consumer<Urc> handler;
        final ArrayDeque<Urc> held = new ArrayDeque<>();
        volatile boolean paused;
        volatile boolean cancelled;

        Sub(UrcFilter filter, Consumer<Urc> handler) {
            this.filter = filter;
            this.handler = handler;
        }

        void hold(Urc urc) {
            if (held.size() == UrcBus.HELD_LIMIT) {
                held.removeFirst();
            }
            held.addLast(urc);
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
            worker.submit(this::flush);
        }

        private void flush() {
            while (!paused && !cancelled && !held.isEmpty()) {
                call(this, held.removeFirst());
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            subscriptions.remove(this);
            worker.submit(held::clear);
        }

        @Override
        public boolean isPaused() {
            return paused;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }
}
