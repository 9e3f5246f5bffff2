package io.atflow.engine.urc;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Where unsolicited lines go: subscriptions (filter + handler, run in arrival order on the bus's own thread) and
 * explicit awaits with a timeout.
 *
 * <p>
 * <b>Backlog.</b> Every published URC not taken by a waiting await is kept in a backlog of the last
 * {@link #BACKLOG_LIMIT} URCs; {@link #await} first consumes the oldest matching backlog entry. So
 * {@code +QMTOPEN: 0,0} arriving right after {@code OK}, before the script reaches its await, is not lost, and a
 * URC consumed by one await is not returned by the next. When a command that can produce a delayed result is sent,
 * the session calls {@link #discardNamed} for its names, so an await never returns a stale result of an earlier
 * command.
 *
 * <p>
 * {@link #publish} never blocks (the channel's reader calls it); handlers that throw are reported to the failure
 * consumer and do not stop delivery.
 */
public final class UrcBus {
    /** URCs kept for awaits. */
    public static final int BACKLOG_LIMIT = 256;
    /** URCs held for a paused subscription. */
    public static final int HELD_LIMIT = 1000;
    /** URCs queued for handlers before new ones are dropped (and reported). */
    public static final int QUEUE_LIMIT = 100_000;

    private final AwaitBacklog backlog = new AwaitBacklog(BACKLOG_LIMIT);
    private final HandlerDispatcher handlers;

    /** @param handlerFailures receives exceptions thrown by handlers (called on the bus thread) */
    public UrcBus(Consumer<Throwable> handlerFailures) {
        this.handlers = new HandlerDispatcher(handlerFailures, "atflow-urc");
    }

    public UrcBus() {
        this(t -> { });
    }

    public Subscription subscribe(UrcFilter filter, Consumer<Urc> handler) {
        return handlers.subscribe(filter, handler);
    }

    /**
     * Hands {@code urc} to a waiting await or the backlog, then to the subscriptions made before it arrived: their
     * handlers see where it went, and one made once it is in the backlog does not get it.
     */
    public void publish(Urc urc) {
        Runnable toHandlers = handlers.delivery(urc);
        backlog.publish(urc);
        toHandlers.run();
    }

    /**
     * Waits for a matching URC: the oldest matching one in the backlog, else the next one to arrive.
     *
     * @return {@code Received}, {@code Timeout}, {@code Aborted} (after {@link #abort}, or the thread was
     *         interrupted) or {@code TransportError} (after {@link #close})
     */
    public AwaitResult await(UrcFilter filter, Duration timeout) {
        return backlog.await(filter, timeout);
    }

    /** Drops backlog entries whose name ({@code +QMTOPEN}) is in {@code names}. */
    public int discardNamed(Set<String> names) {
        return names.isEmpty() ? 0 : backlog.discard(u -> names.contains(u.name()));
    }

    public int discard(Predicate<Urc> which) {
        return backlog.discard(which);
    }

    public List<Urc> backlog() {
        return backlog.snapshot();
    }

    /**
     * How many awaits are waiting now: registered, so the next matching {@link #publish} goes to the oldest of them
     * instead of the backlog.
     */
    public int waitingAwaits() {
        return backlog.waiting();
    }

    /** Ends the awaits waiting now with {@code Aborted}; later awaits work normally. */
    public void abortAwaits(String reason) {
        backlog.endWaiting(new AwaitResult.Aborted(reason));
    }

    /** Ends waiting and later awaits with {@code Aborted} (the run was terminated). */
    public void abort(String reason) {
        backlog.terminate(new AwaitResult.Aborted(reason));
    }

    /**
     * The session ended: waiting awaits end with {@code TransportError(reason)}; later awaits still get matching
     * backlog entries, else the same error. Handlers finish what is queued.
     */
    public void close(String reason) {
        backlog.terminate(new AwaitResult.TransportError(reason));
        handlers.stop();
    }
}
