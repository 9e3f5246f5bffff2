package io.atflow.run.interp.debug;

import java.util.function.BiConsumer;

import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.model.PatternText;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.StopReason;
import io.atflow.run.interp.CompiledPattern;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.ScriptFailure;

/**
 * Suspend on URC: a pattern of the language watched on the run's session (set before or during the run); a matching
 * URC asks for a suspension with its line and the catalog's meaning.
 */
final class UrcWatch {
    private String pattern;
    private RunContext ctx;
    private BiConsumer<StopReason, String> stop;
    private Subscription subscription;

    /** Watches {@code text} from now on (null or blank: no more); throws when it is not a pattern of the language. */
    synchronized void watch(String text) throws DebugException {
        String p = text == null || text.isBlank() ? null : text.strip();
        if (p != null && PatternText.parse(p).error() != null) {
            throw new DebugException("the URC pattern " + p + " does not parse: " + PatternText.parse(p).error());
        }
        pattern = p;
        if (ctx != null) {
            subscribe();
        }
    }

    synchronized void attach(RunContext context, BiConsumer<StopReason, String> request) {
        ctx = context;
        stop = request;
        subscribe();
    }

    synchronized void close() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void subscribe() {
        close();
        if (pattern == null) {
            return;
        }
        CompiledPattern p;
        try {
            p = CompiledPattern.compile(pattern, ctx.evaluator(), ctx.locations(), null);
        } catch (ScriptFailure e) {
            ctx.log("suspend on URC is off: " + e.getMessage());
            return;
        }
        subscription = ctx.session().subscribe(UrcFilter.pattern(p.regex()), this::arrived);
    }

    private void arrived(Urc urc) {
        String meaning = ctx.meanings().meaning(urc.line(), null).orElse(null);
        stop.accept(StopReason.URC, "URC " + urc.line() + (meaning == null ? "" : ": " + meaning));
    }
}
