package io.atflow.run.interp;

import java.time.Duration;

import io.atflow.engine.channel.PausableClock;
import io.atflow.lang.model.Durations;

/**
 * The time budget statements run in: the script's ({@code timeout 5m}) or a step's ({@code step ... timeout 90s}),
 * never beyond the enclosing one. Blocking statements wait at most {@link #remaining()}; when that cut a wait short,
 * the failure names the frame ({@code step "open" took longer than its timeout of 90 s}).
 */
public final class Frame {
    private final String label;
    private final Duration limit;
    private final long deadline;
    private final boolean script;
    private final PausableClock clock;

    private Frame(String label, Duration limit, long deadline, boolean script, PausableClock clock) {
        this.clock = clock;
        this.label = label;
        this.limit = limit;
        this.deadline = deadline;
        this.script = script;
    }

    /** The script's frame: {@code limit} from now on {@code clock} (which stands still while a debugger suspends). */
    public static Frame script(Duration limit, PausableClock clock) {
        return new Frame("the script", limit, clock.now() + limit.toNanos(), true, clock);
    }

    /** A step's frame: its own timeout from now, or this frame when it has none or this one ends earlier. */
    public Frame step(String name, Duration timeout) {
        if (timeout == null) {
            return this;
        }
        long own = clock.now() + timeout.toNanos();
        return own - deadline < 0 ? new Frame("step \"" + name + "\"", timeout, own, false, clock) : this;
    }

    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, deadline - clock.now()));
    }

    public boolean expired() {
        return deadline - clock.now() <= 0;
    }

    /** {@code wanted} (null: no limit of its own), cut to what is left of the frame. */
    public Duration bound(Duration wanted) {
        Duration left = remaining();
        return wanted == null || wanted.compareTo(left) > 0 ? left : wanted;
    }

    /** True when {@link #bound} cuts {@code wanted} short, so a timeout is the frame's. */
    public boolean cuts(Duration wanted) {
        return wanted == null || wanted.compareTo(remaining()) >= 0;
    }

    /**
     * The failure when the frame's time is up, e.g. {@code step "open" took longer than its timeout of 90 s (while
     * waiting for +QMTOPEN: 0,{result})}; the script's timeout cannot be retried.
     */
    public ScriptFailure timedOut(String doing, String location) {
        String message = label + " took longer than its timeout of " + Durations.format(limit)
                + (doing == null ? "" : " (while " + doing + ")");
        return script ? ScriptFailure.fatal(message, location) : ScriptFailure.failed(message, location);
    }
}
