package io.atflow.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.session.Session;
import io.atflow.engine.urc.Subscription;
import io.atflow.engine.urc.UrcFilter;
import io.atflow.lang.model.ScriptIndex;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.interp.CommandFactory;
import io.atflow.run.interp.Evaluator;
import io.atflow.run.interp.Functions;
import io.atflow.run.interp.Locations;
import io.atflow.run.interp.Outgoing;
import io.atflow.run.interp.Scope;
import io.atflow.run.interp.ScriptFailure;
import io.atflow.run.recording.Recorded;
import io.atflow.run.recording.ScriptWriter;

/**
 * Commands typed by a user, sent on an open module as the interpreter sends {@code send}: {@code ${...}}
 * placeholders through the language's templates ({@code ${secret("pk/dn")}} through the run's resolver chain, the
 * value masked from then on), the command built from the catalog (responses, delayed results, maximum response
 * time), data after {@code >}/{@code CONNECT} checked against the announced length. Commands go out one at a time
 * in the order sent, each taking the module's command channel for its exchange (refused while a run has it). What
 * is said shows as {@link RunEvent}s to the module's listeners; the session is recorded and can be saved as a
 * script ({@link #script}).
 */
public final class InteractiveSession {
    /** Who has the command channel while an interactive command is exchanged; where failures are located. */
    public static final String OWNER = "the interactive session";
    private final ModuleSession module;
    private final CommandFactory commands;
    private final Evaluator evaluator;
    private final Recorder recorder;
    private final ExecutorService sender;

    InteractiveSession(ModuleSession module) {
        this.module = module;
        this.commands = new CommandFactory(module.catalog());
        Locations locations = new Locations(null, OWNER);
        SecretResolver resolver = module.resolver(List.of());
        this.evaluator = new Evaluator(new Scope(ScriptIndex.build(null), Map.of()), new Functions(resolver,
                module.secrets(), System::getenv, System::currentTimeMillis, locations), locations, module.secrets());
        this.recorder = new Recorder(module::owner);
        module.session().addListener(recorder);
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atflow-interactive " + module.describe());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * What {@code typed} needs before it can be sent (data after {@code >}/{@code CONNECT}).
     *
     * @throws IllegalArgumentException one sentence: not an AT command
     */
    public CommandPlan plan(String typed) {
        return CommandPlan.of(typed, module.catalog());
    }

    /** Sends a line that needs no data; see {@link #send(CommandPlan, String)}. */
    public CompletableFuture<Exchange> send(String typed) {
        return send(plan(typed), null);
    }

    /**
     * Sends {@code plan} with {@code data} written after {@code >}/{@code CONNECT} (null: none); completes with the
     * exchange when the final result came, or exceptionally with {@link ModuleSession.Busy} while a run has the
     * module.
     *
     * @throws IllegalArgumentException one sentence: a placeholder that does not evaluate (a secret no resolver
     *                                  knows), data of another length than announced
     */
    public CompletableFuture<Exchange> send(CommandPlan plan, String data) {
        Outgoing out;
        try {
            String text = evaluator.render(plan.text(), null);
            out = Outgoing.prepare(commands, text, null, plan.data(), data, null, ScriptRunner.DEFAULT_COMMAND_TIMEOUT,
                    module.secrets(), OWNER);
        } catch (ScriptFailure f) {
            throw new IllegalArgumentException(f.getMessage(), f);
        }
        return CompletableFuture.supplyAsync(() -> exchange(plan, data, out), sender);
    }

    private Exchange exchange(CommandPlan plan, String data, Outgoing out) {
        Session session = module.session();
        try (ModuleSession.Claim claim = module.claim(OWNER)) {
            String key = session.mask(out.command().text());
            CompletableFuture<Optional<String>> late = new CompletableFuture<>();
            Subscription watch = out.command().delayed().isEmpty() ? null
                    : session.subscribe(UrcFilter.any(), u -> {
                        if (out.command().delayed().contains(u.name())) {
                            late.complete(Optional.of(session.mask(u.line())));
                        }
                    });
            recorder.expect(key, plan, data);
            long before = module.sequencer().results(key);
            CommandResult r = session.execute(out.command().withTimeout(out.own()));
            module.sequencer().awaitResult(key, before);
            if (watch == null || !r.isSuccess()) {
                late.complete(Optional.empty());
            } else {
                late.completeOnTimeout(Optional.empty(), out.result().toMillis(), TimeUnit.MILLISECONDS);
            }
            if (watch != null) {
                late.whenComplete((v, e) -> watch.cancel());
            }
            return new Exchange(key, r.masked(session::mask), late);
        }
    }

    /** The commands sent (with their results) and the URCs that came while no run had the module, in order. */
    public List<Recorded> recording() {
        return recorder.entries();
    }

    /**
     * The session as an {@code .atflow} script that passes the language's checks ({@link ScriptWriter}).
     *
     * @param header comment lines at the top (without {@code //})
     */
    public String script(List<String> header) {
        return new ScriptWriter(module.catalog()).write(recorder.entries(), header);
    }

    /** Stops sending; commands not sent yet are dropped. */
    void close() {
        module.session().removeListener(recorder);
        sender.shutdownNow();
    }
}
