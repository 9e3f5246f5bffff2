package io.atflow.run.interp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.atflow.engine.urc.AwaitResult;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.model.Durations;

/**
 * Waits for a URC with the engine's await, so one that arrived before the wait began is not lost. Binds the
 * pattern's captures. Ends early on a different outcome of the same operation ({@link EarlyMismatch}); a timeout
 * says what came instead, with the catalog's meaning.
 */
public final class Awaiter {
    private final RunContext ctx;

    public Awaiter(RunContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param own      the statement's own limit ({@code within}), or null for the frame's
     * @param location {@code file:line} for failures
     */
    public Map<String, String> await(CompiledPattern pattern, Duration own, Frame frame, String location) {
        return await(pattern, own, own, frame, location);
    }

    /**
     * @param own    how long to wait at most (null: the frame's time)
     * @param stated the limit as the script states it, for messages ({@code within 10s})
     */
    public Map<String, String> await(CompiledPattern pattern, Duration own, Duration stated, Frame frame,
            String location) {
        ctx.checkStopped(location);
        if (frame.expired()) {
            throw frame.timedOut("waiting for " + pattern.text(), location);
        }
        boolean frameLimits = frame.cuts(own);
        Duration wait = frame.bound(own);
        Optional<String> early = EarlyMismatch.regex(pattern, ctx.catalog());
        UrcFilter filter = early.isEmpty() ? UrcFilter.pattern(pattern.regex())
                : UrcFilter.pattern(Pattern.compile("(?:" + pattern.regex().pattern() + ")|(?:" + early.get() + ")",
                        Pattern.DOTALL));
        Instant now = Instant.now();
        Instant since = ctx.lastCommand().isBefore(now) ? ctx.lastCommand() : now;
        AwaitResult r = ctx.debug() == null ? ctx.session().await(filter, wait) : debugged(filter, wait);
        return switch (r) {
            case AwaitResult.Received rec -> received(pattern, rec.urc(), stated, location);
            case AwaitResult.Timeout t -> throw frameLimits ? frame.timedOut("waiting for " + pattern.text(), location)
                    : ScriptFailure.failed(expected(pattern, stated) + got(pattern, since), location);
            case AwaitResult.Aborted a -> throw ctx.stopReason(location);
            case AwaitResult.TransportError e -> throw ScriptFailure.error(e.message(), location);
        };
    }

    /**
     * The await of a debugged run: the time it is suspended does not count (after an engine timeout with time left
     * on the run's clock it waits again for the rest, the URCs that came meanwhile in the backlog), and it goes on
     * only when the run is not suspended.
     */
    private AwaitResult debugged(UrcFilter filter, Duration wait) {
        DebugHook debug = ctx.debug();
        long start = ctx.clock().now();
        Duration left = wait;
        while (true) {
            debug.blocking(true);
            AwaitResult r;
            try {
                r = ctx.session().await(filter, left);
            } finally {
                debug.blocking(false);
            }
            debug.gate();
            long used = ctx.clock().now() - start;
            if (!(r instanceof AwaitResult.Timeout) || used >= wait.toNanos() || ctx.isStopped()) {
                return r;
            }
            left = Duration.ofNanos(wait.toNanos() - used);
        }
    }

    private Map<String, String> received(CompiledPattern pattern, Urc urc, Duration own, String location) {
        ctx.sequencer().awaitUrc(urc.time(), ctx.session().mask(urc.line()));
        Map<String, String> captures = pattern.match(urc.line());
        if (captures == null) {
            throw ScriptFailure.failed(expected(pattern, own) + ", got "
                    + ctx.meanings().explain(urc.line(), pattern.text()), location);
        }
        captures.forEach((k, v) -> ctx.evaluator().scope().bind(k, v));
        return captures;
    }

    private static String expected(CompiledPattern pattern, Duration own) {
        return "expected " + pattern.text() + (own == null ? "" : " within " + Durations.format(own));
    }

    private String got(CompiledPattern pattern, Instant since) {
        if (pattern.prefix() == null) {
            return "";
        }
        return ctx.history().latest(pattern.prefix(), since)
                .map(u -> ", got " + ctx.meanings().explain(Texts.quote(u.line()), pattern.text()))
                .orElse(", no " + pattern.prefix() + " came");
    }
}
