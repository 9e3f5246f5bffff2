package io.atflow.run.interp.debug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.model.PatternText;
import io.atflow.run.debug.DebugException;
import io.atflow.run.interp.CompiledPattern;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.ScriptFailure;

/**
 * Suspend on URC: patterns of the language watched on the run's session (set before or during the run, each change
 * replacing them all); a URC matching one asks for a suspension with its line, the catalog's meaning and the pattern.
 */
final class UrcWatch {
    private Set<String> patterns = Set.of();
    private RunContext ctx;
    private BiConsumer<String, String> stop;
    private final List<Subscription> subscriptions = new ArrayList<>();

    /** Watches {@code texts} from now on (blank ones skipped); throws, changing nothing, when one does not parse. */
    synchronized void watch(List<String> texts) throws DebugException {
        Set<String> wanted = new LinkedHashSet<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            String p = text == null || text.isBlank() ? null : text.strip();
            if (p != null && PatternText.parse(p).error() != null) {
                throw new DebugException("the URC pattern " + p + " does not parse: " + PatternText.parse(p).error());
            }
            if (p != null) {
                wanted.add(p);
            }
        }
        patterns = wanted;
        if (ctx != null) {
            subscribe();
        }
    }

    /** {@code request} gets the description of a stop and the pattern that matched. */
    synchronized void attach(RunContext context, BiConsumer<String, String> request) {
        ctx = context;
        stop = request;
        subscribe();
    }

    synchronized void close() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
    }

    private void subscribe() {
        close();
        for (String pattern : patterns) {
            CompiledPattern p;
            try {
                p = CompiledPattern.compile(pattern, ctx.evaluator(), ctx.locations(), null);
            } catch (ScriptFailure e) {
                ctx.log("suspend on URC " + pattern + " is off: " + e.getMessage());
                continue;
            }
            subscriptions.add(ctx.session().subscribe(UrcFilter.pattern(p.regex()), urc -> arrived(urc, pattern)));
        }
    }

    private void arrived(Urc urc, String pattern) {
        String meaning = ctx.meanings().meaning(urc.line(), null).orElse(null);
        stop.accept("URC " + urc.line() + (meaning == null ? "" : ": " + meaning) + " (suspend on URC " + pattern
                + ")", pattern);
    }
}
