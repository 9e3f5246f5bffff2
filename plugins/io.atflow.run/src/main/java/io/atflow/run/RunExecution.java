package io.atflow.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.atflow.engine.transport.TransportException;
import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.model.Durations;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.events.EventDispatcher;
import io.atflow.run.interp.Evaluator;
import io.atflow.run.interp.Functions;
import io.atflow.run.interp.Interpreter;
import io.atflow.run.interp.Locations;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.Scope;
import io.atflow.run.interp.ScriptChecks;
import io.atflow.run.interp.ScriptFailure;
import io.atflow.run.interp.debug.RunBinding;

/**
 * One run on its thread: load and check the script, open the module (or take the command channel of one already
 * open), interpret, and always end with {@link RunEvent.RunFinished}. A module the run opened is closed (transcript
 * complete, masked as it was written) before the result and its simulator stopped after it (its network shutdown takes a while);
 * a module given to the run stays open and gets its channel back.
 */
final class RunExecution implements Runnable {
    private static final String ABORTED = "the run was aborted";
    private final ScriptRunner.Builder config;
    private final EventDispatcher events;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final AtomicReference<ModuleSession> module = new AtomicReference<>();
    private final AtomicReference<RunContext> context = new AtomicReference<>();
    /** The command channel of a shared module while the run holds it. */
    private final AtomicReference<ModuleSession.Claim> claim = new AtomicReference<>();
    private final boolean owned;
    private volatile boolean aborted;
    private long start;

    RunExecution(ScriptRunner.Builder config) {
        this.config = config;
        this.events = new EventDispatcher(config.listeners);
        this.owned = config.module == null;
    }

    CompletableFuture<RunResult> result() {
        return result;
    }

    EventDispatcher events() {
        return events;
    }

    /** The interpreter's context once the session is open, else null. */
    RunContext context() {
        return context.get();
    }

    /**
     * Stops the interpreter and ends the pending command and awaits: on a module of its own at once, on a shared one
     * only while the run holds its command channel (before its claim and after it gave the channel back, the
     * module's pending command is someone else's).
     */
    void abort() {
        aborted = true;
        RunContext ctx = context.get();
        if (ctx != null) {
            ctx.stop(ScriptFailure.aborted(ABORTED, null));
        }
        halt();
    }

    /** Ends the pending command and awaits: for good on a module of its own, leaving a shared one usable. */
    private void halt() {
        ModuleSession m = module.get();
        ModuleSession.Claim held = claim.get();
        if (owned && m != null) {
            m.session().abort();
        } else if (!owned && held != null) {
            held.cancel(ABORTED);
        }
    }

    @Override
    public void run() {
        start = System.nanoTime();
        Interpreter interpreter = null;
        Subscription history = null;
        RunResult r;
        try {
            LoadedScript loaded = config.loaded != null ? config.loaded : AtFlowLanguage.loader().load(config.path);
            events.post(new RunEvent.RunStarted(Instant.now(), loaded.path(),
                    owned ? config.target.describe() : config.module.describe()));
            Script script = ScriptChecks.check(loaded, config.variables.keySet(),
                    d -> events.post(new RunEvent.LogMessage(Instant.now(), d)));
            checkAborted();
            ModuleSession m = owned ? ModuleSession.open(config.moduleConfig(), events) : config.module;
            module.set(m);
            claim.set(m.claim("the run of " + loaded.path()));
            m.attach(events);
            ThingModels.give(script, m);
            checkAborted();
            SecretResolver resolver = m.resolver(config.secrets);
            m.secrets().resolveNamed(script, resolver, Locations.folder(script));
            RunContext ctx = context(m, resolver, loaded);
            history = m.session().subscribe(UrcFilter.any(), ctx.history()::add);
            if (config.debugger != null) {
                ModuleSession.Claim channel = claim.get();
                config.debugger.attach(new RunBinding(ctx, config.path != null ? config.path.toAbsolutePath()
                        .normalize() : scriptFile(loaded), channel::lend));
            }
            interpreter = new Interpreter(ctx);
            if (aborted) {
                abort();
            }
            int passed = interpreter.run(script, timeout(script));
            r = finish(Verdict.PASSED, passed + (passed == 1 ? " step" : " steps") + " passed", null);
        } catch (ScriptFailure f) {
            r = finish(f.verdict(), f.getMessage(), f.location());
        } catch (TransportException e) {
            r = finish(aborted ? Verdict.ABORTED : Verdict.ERROR, aborted ? ABORTED : e.getMessage(), null);
        } catch (IOException | ModuleSession.Busy e) {
            r = finish(Verdict.ERROR, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            r = finish(Verdict.ERROR, "internal error of the interpreter: " + e, null);
        }
        if (interpreter != null) {
            interpreter.close();
        }
        if (config.debugger != null) {
            config.debugger.detach();
        }
        if (history != null) {
            history.cancel();
        }
        RunContext ran = context.get();
        if (ran != null) {
            ran.sequencer().settle();
        }
        r = end(r);
        events.post(new RunEvent.RunFinished(Instant.now(), r));
        result.complete(r);
        ModuleSession m = module.get();
        if (owned && m != null) {
            m.close();
        }
    }

    private RunContext context(ModuleSession m, SecretResolver resolver, LoadedScript loaded) {
        Locations locations = new Locations(loaded.script().eResource(), loaded.path());
        Scope scope = new Scope(ScriptIndex.build(loaded.script()), Map.copyOf(config.variables));
        Functions functions = new Functions(resolver, m.secrets(), System::getenv, System::currentTimeMillis,
                locations);
        Evaluator evaluator = new Evaluator(scope, functions, locations, m.secrets());
        RunContext ctx = new RunContext(m.session(), m.catalog(), evaluator, locations, events, m.sequencer(),
                new RunContext.Settings(config.commandTimeout != null ? config.commandTimeout
                        : ScriptRunner.DEFAULT_COMMAND_TIMEOUT, config.retryPause), m.secrets(),
                this::halt);
        context.set(ctx);
        return ctx;
    }

    private static Path scriptFile(LoadedScript loaded) {
        org.eclipse.emf.common.util.URI uri = loaded.script().eResource() == null ? null
                : loaded.script().eResource().getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().normalize() : null;
    }

    private Duration timeout(Script script) {
        if (config.scriptTimeout != null) {
            return config.scriptTimeout;
        }
        return script.getElements().stream().filter(ScriptTimeout.class::isInstance).map(ScriptTimeout.class::cast)
                .map(t -> Durations.parse(t.getDuration())).findFirst().orElse(ScriptRunner.DEFAULT_SCRIPT_TIMEOUT);
    }

    /**
     * Gives a shared module its channel back; closes a module of its own (the transcript is complete, masked as
     * it was written).
     */
    private RunResult end(RunResult r) {
        ModuleSession m = module.get();
        if (m == null) {
            return r;
        }
        if (!owned) {
            m.detach(events);
            ModuleSession.Claim held = claim.get();
            if (held != null) {
                held.close();
            }
            return r;
        }
        m.closeSession();
        return r;
    }

    private void checkAborted() {
        if (aborted) {
            throw ScriptFailure.aborted(ABORTED, null);
        }
    }

    private RunResult finish(Verdict verdict, String message, String location) {
        RunContext ctx = context.get();
        ModuleSession m = module.get();
        String masked = ctx != null ? ctx.mask(message) : m != null ? m.mask(message) : message;
        return new RunResult(verdict, masked, location, Duration.ofNanos(System.nanoTime() - start));
    }
}
