package io.atflow.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.atflow.engine.session.Session;
import io.atflow.engine.transport.TransportException;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.atFlow.Script;
import io.atflow.lang.atFlow.ScriptTimeout;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.model.Durations;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.secrets.HeadlessSecretResolver;
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
import io.atflow.run.interp.ScriptFailure;
import io.atflow.run.secrets.SecretChain;
import io.atflow.run.secrets.SecretScan;
import io.atflow.run.secrets.TranscriptScrub;

/**
 * One run on its thread: load and check the script, open the target and the session, interpret, and always end
 * with {@link RunEvent.RunFinished}, the session closed (transcript complete) and the simulator stopped.
 */
final class RunExecution implements Runnable {
    /** Shortest value masked as a secret. */
    static final int MIN_SECRET = 4;
    private final ScriptRunner.Builder config;
    private final EventDispatcher events;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();
    private final AtomicReference<Session> session = new AtomicReference<>();
    private final AtomicReference<RunContext> context = new AtomicReference<>();
    private final Set<String> knownSecrets = ConcurrentHashMap.newKeySet();
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

    void abort() {
        aborted = true;
        RunContext ctx = context.get();
        if (ctx != null) {
            ctx.stop(ScriptFailure.aborted("the run was aborted", null));
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
            LoadedScript loaded = load();
            events.post(new RunEvent.RunStarted(Instant.now(), loaded.path(), config.target.describe()));
            Script script = check(loaded);
            checkAborted();
            if (open == null) {
                open = config.target.open();
            }
            checkAborted();
            SecretResolver secrets = secrets(open);
            open.watchSecrets(this::secretFound);
            Session s = openSession(open, secrets, script, loaded);
            RunContext ctx = context(s, secrets, loaded);
            interpreter = new Interpreter(ctx);
            if (aborted) {
                abort();
            }
            int passed = interpreter.run(script, timeout(script));
            r = finish(Verdict.PASSED, passed + (passed == 1 ? " step" : " steps") + " passed", null);
        } catch (ScriptFailure f) {
            r = finish(f.verdict(), f.getMessage(), f.location());
        } catch (TransportException e) {
            r = finish(aborted ? Verdict.ABORTED : Verdict.ERROR, aborted ? "the run was aborted" : e.getMessage(),
                    null);
        } catch (IOException e) {
            r = finish(Verdict.ERROR, e.getMessage(), null);
        } catch (RuntimeException | Error e) {
            r = finish(Verdict.ERROR, "internal error of the interpreter: " + e, null);
        }
        if (interpreter != null) {
            interpreter.close();
        }
        Session s = session.get();
        if (s != null) {
            s.close();
            sequencer.awaitClosed();
            r = scrubTranscript(r);
        }
        events.post(new RunEvent.RunFinished(Instant.now(), r));
        result.complete(r);
        if (open != null) {
            open.close();
        }
    }

    private LoadedScript load() throws IOException {
        if (config.loaded != null) {
            return config.loaded;
        }
        return AtFlowLanguage.loader().load(config.path);
    }

    /** The script, or FAILED with its first error (every error is also a log event). */
    private Script check(LoadedScript loaded) {
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        errors.forEach(d -> events.post(new RunEvent.LogMessage(Instant.now(), d.format())));
        if (!errors.isEmpty() || loaded.script() == null) {
            Diagnostic first = errors.isEmpty() ? null : errors.get(0);
            throw ScriptFailure.failed(first == null ? "the script could not be parsed"
                    : first.message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : ""),
                    first == null ? loaded.path() : first.path() + ":" + first.line());
        }
        ScriptIndex index = ScriptIndex.build(loaded.script());
        for (String name : config.variables.keySet()) {
            if (index.vars(name).isEmpty()) {
                List<String> vars = index.names().stream().filter(n -> !index.vars(n).isEmpty()).toList();
                throw ScriptFailure.error("cannot set variable " + name + ": the script declares no such variable"
                        + (vars.isEmpty() ? "" : " (it declares " + String.join(", ", vars) + ")"), null);
            }
        }
        return loaded.script();
    }

    private SecretResolver secrets(OpenTarget open) {
        List<SecretResolver> chain = new ArrayList<>(config.secrets);
        open.secrets().ifPresent(chain::add);
        HeadlessSecretResolver headless = new HeadlessSecretResolver();
        chain.add(headless);
        return new SecretChain(chain, config.secrets.isEmpty() ? headless : config.secrets.get(0));
    }

    private Session openSession(OpenTarget open, SecretResolver secrets, Script script, LoadedScript loaded)
            throws IOException {
        Path folder = Locations.folder(script);
        for (org.eclipse.emf.ecore.EObject root : roots(script)) {
            for (String name : SecretScan.names(root)) {
                secrets.resolve(name, folder).ifPresent(this::secretFound);
            }
        }
        Session s = Session.open(open.transport(), EngineSettings.of(catalog, knownSecrets, config.transcript));
        session.set(s);
        knownSecrets.forEach(s::addSecret);
        s.subscribe(UrcFilter.any(), u -> {
            RunContext ctx = context.get();
            if (ctx != null) {
                ctx.history().add(u);
            }
        });
        s.addListener(new SessionEvents(events, sequencer, catalog, this::secretFound));
        return s;
    }

    /** The main script and the scripts it includes (loaded into its resource set while it was validated). */
    private static List<org.eclipse.emf.ecore.EObject> roots(Script script) {
        if (script.eResource() == null || script.eResource().getResourceSet() == null) {
            return List.of(script);
        }
        List<org.eclipse.emf.ecore.EObject> out = new ArrayList<>();
        for (var r : List.copyOf(script.eResource().getResourceSet().getResources())) {
            out.addAll(r.getContents());
        }
        return out;
    }

    private RunContext context(Session s, SecretResolver secrets, LoadedScript loaded) {
        Locations locations = new Locations(loaded.script().eResource(), loaded.path());
        Scope scope = new Scope(ScriptIndex.build(loaded.script()), Map.copyOf(config.variables));
        Functions functions = new Functions(secrets, this::secretFound, System::getenv, System::currentTimeMillis,
                locations);
        Evaluator evaluator = new Evaluator(scope, functions, locations, this::secretFound);
        RunContext ctx = new RunContext(s, catalog, evaluator, locations, events, sequencer, new RunContext.Settings(
                config.commandTimeout != null ? config.commandTimeout : ScriptRunner.DEFAULT_COMMAND_TIMEOUT,
                config.retryPause), this::secretFound);
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

    /** Masks {@code value} from now on; values shorter than {@link #MIN_SECRET} would mask ordinary text. */
    private void secretFound(String value) {
        if (value == null || value.strip().length() < MIN_SECRET) {
            return;
        }
        knownSecrets.add(value);
        Session s = session.get();
        if (s != null) {
            s.addSecret(value);
        }
    }

    /**
     * Masks in the transcript what became known as secret during the run (a DeviceSecret a registration returned,
     * JSON credentials): the transcript is written as bytes arrive, before the value is known to be secret.
     */
    private RunResult scrubTranscript(RunResult r) {
        if (config.transcript == null) {
            return r;
        }
        try {
            TranscriptScrub.scrub(config.transcript, knownSecrets);
            return r;
        } catch (IOException e) {
            return r.verdict() == Verdict.ERROR ? r : new RunResult(Verdict.ERROR, "cannot mask secrets in the transcript "
                    + config.transcript + ": " + e.getMessage(), null, r.elapsed());
        }
    }

    private void checkAborted() {
        if (aborted) {
            throw ScriptFailure.aborted("the run was aborted", null);
        }
    }

    private RunResult finish(Verdict verdict, String message, String location) {
        RunContext ctx = context.get();
        Session s = session.get();
        String masked = message;
        if (ctx != null) {
            masked = ctx.mask(message);
        } else if (s != null) {
            masked = s.mask(message);
        } else {
            for (String secret : knownSecrets) {
                masked = masked.replace(secret, io.atflow.engine.transcript.SecretMasker.MASK);
            }
        }
        return new RunResult(verdict, masked, location, Duration.ofNanos(System.nanoTime() - start));
    }
}
