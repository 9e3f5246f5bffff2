package io.atflow.run.interp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.atFlow.Handler;
import io.atflow.run.RunEvent;
import io.atflow.run.Verdict;

/**
 * The script's {@code on} handlers: active from the moment the run reaches them until it ends, they run on the
 * engine's URC thread, in arrival order, for every matching URC that no pending {@code await} took (a URC an await
 * was waiting for when it arrived is the await's). A {@code fail} in a handler ends the run at once: the failure is
 * located at the handler's statement and names the URC with the catalog's meaning.
 */
public final class Handlers {
    private final RunContext ctx;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private Statements statements;
    private Frame frame;
    private volatile boolean closed;

    public Handlers(RunContext ctx) {
        this.ctx = ctx;
    }

    /** Handler bodies run with {@code statements} in the script's {@code frame}. */
    public void bind(Statements s, Frame scriptFrame) {
        this.statements = s;
        this.frame = scriptFrame;
    }

    public void register(Handler h) {
        CompiledPattern pattern = CompiledPattern.compile(h.getPattern().getText(), ctx.evaluator(), ctx.locations(),
                h.getPattern());
        subscriptions.add(ctx.session().subscribe(UrcFilter.pattern(pattern.regex()), urc -> fire(h, pattern, urc)));
    }

    /** Cancels every handler (the run ended). */
    public void close() {
        closed = true;
        subscriptions.forEach(Subscription::cancel);
    }

    private void fire(Handler h, CompiledPattern pattern, Urc urc) {
        if (closed || ctx.isStopped() || !waiting(urc)) {
            return;
        }
        Map<String, String> captures = pattern.match(urc.line());
        if (captures == null) {
            return;
        }
        DebugHook debug = ctx.debug();
        if (debug == null) {
            run(h, pattern, urc, captures);
        } else {
            debug.handler(() -> {
                if (closed || ctx.isStopped()) {
                    return;
                }
                debug.enter(h, "on " + pattern.text());
                try {
                    run(h, pattern, urc, captures);
                } finally {
                    debug.exit();
                }
            });
        }
    }

    private void run(Handler h, CompiledPattern pattern, Urc urc, Map<String, String> captures) {
        String masked = ctx.session().mask(urc.line());
        ctx.sequencer().awaitUrc(urc.time(), masked);
        ctx.emit(new RunEvent.HandlerFired(Instant.now(), pattern.text(), ctx.mask(urc.line())));
        captures.forEach((k, v) -> ctx.evaluator().scope().bind(k, v));
        try {
            statements.body(h.getBody(), frame);
        } catch (ScriptFailure f) {
            ctx.stop(f.verdict() == Verdict.FAILED ? ScriptFailure.fatal(f.getMessage() + about(f, urc),
                    f.location()) : f);
        } catch (RuntimeException e) {
            ctx.stop(ScriptFailure.error("internal error of the interpreter in this handler: " + e,
                    ctx.locations().of(h)));
        }
    }

    /** A URC a pending await took never reaches the backlog; one that nobody awaited waits there. */
    private boolean waiting(Urc urc) {
        for (Urc u : ctx.session().urcs().backlog()) {
            if (u == urc) {
                return true;
            }
        }
        return false;
    }

    private String about(ScriptFailure f, Urc urc) {
        String line = urc.line();
        String meaning = ctx.meanings().meaning(line, null).orElse(null);
        if (f.getMessage().contains(line)) {
            return meaning == null ? "" : " (" + meaning + ")";
        }
        return " (on " + Texts.quote(line) + (meaning == null ? "" : ": " + meaning) + ")";
    }
}
