package io.atflow.run;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import io.atflow.engine.session.Session;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.model.Durations;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.events.EventDispatcher;
import io.atflow.run.events.Sequencer;
import io.atflow.run.events.SessionEvents;
import io.atflow.run.interp.EngineSettings;
import io.atflow.run.interp.Evaluator;
import io.atflow.run.interp.Functions;
import io.atflow.run.interp.Interpreter;
import io.atflow.run.interp.Locations;
import io.atflow.run.interp.RunContext;
import io.atflow.run.interp.Scope;
import io.atflow.run.interp.ScriptChecks;
import io.atflow.run.interp.ScriptFailure;
import io.atflow.run.secrets.RunSecrets;

/**
 * One run on its thread: load and check the script, open the target and the session, interpret, and always end
 * with {@link RunEvent.RunFinished}, the session closed (transcript complete) and the simulator stopped
 * (after the result, as its network shutdown takes a while).
 */
final class RunExecution implements Runnable {
    private static final String ABORTED = "the run was aborted";
    private final ScriptRunner.Builder config;
    private final EventDispatcher events;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final AtomicReference<RunContext> context = new AtomicReference<>();
    private final RunSecrets secrets = new RunSecrets();
    private final AtCatalog catalog = AtCatalog.standard();
    private final Sequencer sequencer = new Sequencer();
    private volatile boolean aborted;
    private long start;

    RunExecution(ScriptRunner.Builder config) {
        this.config = config;
        this.events = new EventDispatcher(config.listeners);
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

    void abort() {
        aborted = true;
        RunContext ctx = context.get();
        if (ctx != null) {
            ctx.stop(ScriptFailure.aborted(ABORTED, null));
        }
        Session s = session.get();
        if (s != null) {
            s.abort();
        }
    }

    @Override
    public void run() {
        start = System.nanoTime();
        OpenTarget open = config.opened;
        Interpreter interpreter = null;
        RunResult r;
        try {
            LoadedScript loaded = config.loaded != null ? config.loaded : AtFlowLanguage.loader().load(config.path);
            events.post(new RunEvent.RunStarted(Instant.now(), loaded.path(), config.target.describe()));
            Script script = ScriptChecks.check(loaded, config.variables.keySet(),
                    d -> events.post(new RunEvent.LogMessage(Instant.now(), d)));
            checkAborted();
            open = open != null ? open : config.target.open();
            checkAborted();
            SecretResolver resolver = RunSecrets.chain(config.secrets, open.secrets());
            open.watchSecrets(secrets);
            secrets.resolveNamed(script, resolver, Locations.folder(script));
            RunContext ctx = context(openSession(open), resolver, loaded);
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
        } catch (IOException e) {
            r = finish(Verdict.ERROR, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            r = finish(Verdict.ERROR, "internal error of the interpreter: " + e, null);
        }
        r = end(interpreter, r);
        events.post(new RunEvent.RunFinished(Instant.now(), r));
        result.complete(r);
        if (open != null) {
            open.close();
        }
    }

    private Session openSession(OpenTarget open) throws IOException {
        open.transport().warnTo(w -> events.post(new RunEvent.LogMessage(Instant.now(), "warning: " + w)));
        Session s = Session.open(open.transport(), EngineSettings.of(catalog, secrets.known(), config.transcript));
        session.set(s);
        secrets.attach(s);
        s.subscribe(UrcFilter.any(), u -> {
            RunContext ctx = context.get();
            if (ctx != null) {
                ctx.history().add(u);
            }
        });
        s.addListener(new SessionEvents(events, sequencer, catalog));
        return s;
    }

    private RunContext context(Session s, SecretResolver resolver, LoadedScript loaded) {
        Locations locations = new Locations(loaded.script().eResource(), loaded.path());
        Scope scope = new Scope(ScriptIndex.build(loaded.script()), Map.copyOf(config.variables));
        Functions functions = new Functions(resolver, secrets, System::getenv, System::currentTimeMillis, locations);
        Evaluator evaluator = new Evaluator(scope, functions, locations, secrets);
        RunContext ctx = new RunContext(s, catalog, evaluator, locations, events, sequencer, new RunContext.Settings(
                config.commandTimeout != null ? config.commandTimeout : ScriptRunner.DEFAULT_COMMAND_TIMEOUT,
                config.retryPause), secrets);
        context.set(ctx);
        return ctx;
    }

    private Duration timeout(Script script) {
        if (config.scriptTimeout != null) {
            return config.scriptTimeout;
        }
        return script.getElements().stream().filter(ScriptTimeout.class::isInstance).map(ScriptTimeout.class::cast)
                .map(t -> Durations.parse(t.getDuration())).findFirst().orElse(ScriptRunner.DEFAULT_SCRIPT_TIMEOUT);
    }

    /** Closes the session: the transcript is complete (masked as it was written). */
    private RunResult end(Interpreter interpreter, RunResult r) {
        if (interpreter != null) {
            interpreter.close();
        }
        Session s = session.get();
        if (s == null) {
            return r;
        }
        s.close();
        sequencer.awaitClosed();
        return r;
    }

    private void checkAborted() {
        if (aborted) {
            throw ScriptFailure.aborted(ABORTED, null);
        }
    }

    private RunResult finish(Verdict verdict, String message, String location) {
        RunContext ctx = context.get();
        Session s = session.get();
        String masked = ctx != null ? ctx.mask(message) : s != null ? s.mask(message) : secrets.mask(message);
        return new RunResult(verdict, masked, location, Duration.ofNanos(System.nanoTime() - start));
    }
}
