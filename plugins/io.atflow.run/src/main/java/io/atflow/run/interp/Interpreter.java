package io.atflow.run.interp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

import io.atflow.lang.atFlow.Element;
import io.atflow.lang.atFlow.Include;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.Statement;
import io.atflow.lang.atFlow.Step;
import io.atflow.lang.model.Durations;
import io.atflow.lang.model.Includes;
import io.atflow.run.RunEvent;

/**
 * Runs a script's elements in order: top-level statements, steps (with their timeout and retries) and included
 * files where they are included. Declarations (devices, products, payloads) are known from the start. Returns the
 * number of steps that passed; failures are thrown as {@link ScriptFailure}.
 */
public final class Interpreter {
    private final RunContext ctx;
    private final Statements statements;
    private final Handlers handlers;
    private final Deque<Resource> including = new ArrayDeque<>();
    private int passed;

    public Interpreter(RunContext ctx) {
        this.ctx = ctx;
        this.handlers = new Handlers(ctx);
        this.statements = new Statements(ctx, handlers);
    }

    /** Runs {@code script} within {@code limit}; returns how many steps passed. */
    public int run(Script script, Duration limit) {
        Frame frame = Frame.script(limit, ctx.clock());
        handlers.bind(statements, frame);
        try {
            elements(script, frame);
            ctx.checkStopped(null);
            return passed;
        } catch (ScriptFailure f) {
            ctx.claim(f);
            throw f;
        } finally {
            handlers.close();
        }
    }

    /** Cancels the handlers (the run is ending). */
    public void close() {
        handlers.close();
    }

    private void elements(Script script, Frame frame) {
        including.push(script.eResource());
        try {
            for (Element e : script.getElements()) {
                switch (e) {
                    case Include inc -> include(inc, frame);
                    case Step step -> step(step, frame);
                    case Statement s -> statements.run(s, frame);
                    default -> {
                    }
                }
            }
        } finally {
            including.pop();
        }
    }

    private void include(Include inc, Frame frame) {
        String location = ctx.locations().of(inc);
        DebugHook debug = ctx.debug();
        if (debug != null) {
            debug.before(inc);
        }
        ctx.checkStopped(location);
        Script included = Includes.load(inc);
        if (included == null) {
            throw ScriptFailure.error("cannot include \"" + inc.getPath() + "\": no such readable script",
                    location);
        }
        if (including.contains(included.eResource())) {
            throw ScriptFailure.error("\"" + inc.getPath() + "\" includes itself (directly or through other files)",
                    location);
        }
        if (debug == null) {
            elements(included, frame);
            return;
        }
        debug.enter(inc, "include \"" + inc.getPath() + "\"");
        try {
            elements(included, frame);
        } finally {
            debug.exit();
        }
    }

    private void step(Step step, Frame outer) {
        String location = ctx.locations().of(step);
        DebugHook debug = ctx.debug();
        if (debug != null) {
            debug.before(step);
        }
        ctx.checkStopped(location);
        String name = step.getName();
        ctx.emit(new RunEvent.StepStarted(Instant.now(), ctx.mask(name), location));
        long start = System.nanoTime();
        Duration timeout = step.getTimeout() == null ? null : Durations.parse(step.getTimeout());
        int attempts = step.getRetry() + 1;
        List<String> failedAttempts = new ArrayList<>();
        for (int attempt = 1;; attempt++) {
            try {
                Frame frame = outer.step(name, timeout);
                if (debug == null) {
                    step.getBody().getStatements().forEach(s -> statements.run(s, frame));
                } else {
                    debug.enter(step, "step \"" + name + "\"");
                    try {
                        step.getBody().getStatements().forEach(s -> statements.run(s, frame));
                    } finally {
                        debug.exit();
                    }
                }
                passed++;
                ctx.emit(new RunEvent.StepFinished(Instant.now(), ctx.mask(name), true, since(start), null,
                        failedAttempts));
                return;
            } catch (ScriptFailure f) {
                if (f.retryable() && attempt < attempts && !ctx.isStopped() && !outer.expired()) {
                    ctx.log("step \"" + name + "\" failed: " + f.describe() + "; retrying (attempt " + (attempt + 1)
                            + " of " + attempts + ")");
                    failedAttempts.add(ctx.mask(f.describe()));
                    ctx.sleep(outer.bound(ctx.settings().retryPause()), location);
                    continue;
                }
                ctx.emit(new RunEvent.StepFinished(Instant.now(), ctx.mask(name), false, since(start),
                        ctx.mask(f.describe()), failedAttempts));
                throw f;
            }
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
