package io.atflow.engine.urc;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * URCs not yet consumed by an await (bounded, oldest dropped first) and the awaits waiting for one. A published
 * URC goes to the first waiting await it matches, otherwise into the backlog; an await first takes the oldest
 * matching backlog entry. So a URC that arrived before the await began is not lost, and a URC is returned once.
 */
final class AwaitBacklog {
    private final int limit;
    private final ArrayDeque<Urc> backlog = new ArrayDeque<>();
    private final List<Waiter> waiters = new ArrayList<>();
    private AwaitResult terminal;

    private static final class Waiter {
        final UrcFilter filter;
        final Thread thread;
        volatile AwaitResult result;

        Waiter(UrcFilter filter, Thread thread) {
            this.filter = filter;
            this.thread = thread;
        }

        void complete(AwaitResult r) {
            result = r;
            LockSupport.unpark(thread);
        }
    }

    AwaitBacklog(int limit) {
        this.limit = limit;
    }

    synchronized void publish(Urc urc) {
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext();) {
            Waiter w = it.next();
            if (w.filter.matches(urc)) {
                it.remove();
                w.complete(new AwaitResult.Received(urc));
                return;
            }
        }
        if (backlog.size() == limit) {
            backlog.removeFirst();
        }
        backlog.addLast(urc);
    }

    AwaitResult await(UrcFilter filter, Duration timeout) {
        Waiter w;
        synchronized (this) {
            for (Iterator<Urc> it = backlog.iterator(); it.hasNext();) {
                Urc u = it.next();
                if (filter.matches(u)) {
                    it.remove();
                    return new AwaitResult.Received(u);
                }
            }
            if (terminal != null) {
                return terminal;
            }
            if (timeout.isNegative() || timeout.isZero()) {
                return new AwaitResult.Timeout(filter.describe(), Duration.ZERO);
            }
            w = new Waiter(filter, Thread.currentThread());
            waiters.add(w);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (w.result == null) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || Thread.currentThread().isInterrupted()) {
                AwaitResult r = remaining <= 0 ? new AwaitResult.Timeout(filter.describe(), timeout)
                        : new AwaitResult.Aborted("the waiting thread was interrupted");
                synchronized (this) {
                    if (w.result == null) {
                        waiters.remove(w);
                        w.result = r;
                    }
                }
                break;
            }
            LockSupport.parkNanos(this, remaining);
        }
        return w.result;
    }

    /** Ends every waiting await with {@code result}; later awaits get it too once the backlog has no match. */
    synchronized void terminate(AwaitResult result) {
        if (terminal == null) {
            terminal = result;
        }
        endWaiting(result);
    }

    /** Ends the awaits waiting now, without affecting later ones. */
    synchronized void endWaiting(AwaitResult result) {
        for (Waiter w : waiters) {
            w.complete(result);
        }
        waiters.clear();
    }

    synchronized int discard(Predicate<Urc> which) {
        int before = backlog.size();
        backlog.removeIf(which);
        return before - backlog.size();
    }

    /** How many awaits are registered and waiting for a URC now. */
    synchronized int waiting() {
        return waiters.size();
    }

    synchronized List<Urc> snapshot() {
        return List.copyOf(backlog);
    }
}
