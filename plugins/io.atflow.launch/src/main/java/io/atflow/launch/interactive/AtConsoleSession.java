package io.atflow.launch.interactive;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionConfig;
import io.atflow.engine.session.SessionListener;
import io.atflow.engine.urc.Urc;
import io.atflow.launch.console.ConsoleLine;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.lang.secrets.HeadlessSecretResolver;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.RunEventText;

/**
 * An interactive session with a module: commands typed by a user are sent one at a time (off the UI thread), every
 * sent byte, response, result and URC is reported as a {@link ConsoleLine}, and the session is recorded for
 * {@link ScriptWriter}. URCs also go to a {@link UrcSink} (the live URC view).
 */
public final class AtConsoleSession implements AutoCloseable {
    /** Receives what happens; called on the session's event thread, in order; must not block. */
    public interface Output {
        void line(ConsoleLine line);

        /** The session ended (closed by the user or the port went away); one sentence. */
        void closed(String reason);
    }

    /** Where URCs go besides the console (the URC view's log). */
    public interface UrcSink {
        void urc(Instant time, String line);
    }

    private final Session session;
    private final ConsoleConnection connection;
    private final AtCatalog catalog;
    private final UrcExplainer explainer;
    private final SessionRecording recording = new SessionRecording();
    private final Queue<Pending> pending = new ConcurrentLinkedQueue<>();
    private final List<SecretResolver> resolvers = new ArrayList<>();
    private SecretResolver extra;
    private final ExecutorService sender;

    private AtConsoleSession(Session session, ConsoleConnection connection, AtCatalog catalog, String name) {
        this.session = session;
        this.connection = connection;
        this.catalog = catalog;
        this.explainer = new UrcExplainer(catalog);
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atflow-console " + name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens the connection's transport; on failure the simulator is closed again. Secret values the target knows (the
     * simulator's registry) are masked from the start.
     *
     * @param secrets resolves {@code ${secret("name")}} in typed commands before the target's registry and the
     *                headless sources (e.g. Eclipse secure storage), or null
     */
    public static AtConsoleSession open(ConsoleConnection connection, AtCatalog catalog, SecretResolver secrets,
            Output out, UrcSink urcs) throws IOException {
        Session session;
        try {
            session = Session.open(connection.target().transport(), SessionConfig.defaults());
        } catch (IOException | RuntimeException e) {
            connection.closeResources();
            throw e;
        }
        AtConsoleSession s = new AtConsoleSession(session, connection, catalog, session.describe());
        if (secrets != null) {
            s.resolvers.add(secrets);
            s.extra = secrets;
        }
        connection.target().secrets().ifPresent(s.resolvers::add);
        s.resolvers.add(new HeadlessSecretResolver());
        connection.target().watchSecrets(session::addSecret);
        session.addListener(s.new Events(out, urcs));
        return s;
    }

    /**
     * Sends a planned command (with its data, or null) and completes with its result; commands queue in order.
     * {@code ${secret("name")}} in the command is replaced by the secret's value, which is masked in every output.
     *
     * @throws IllegalArgumentException one sentence, when a secret does not resolve or another placeholder is used
     */
    public CompletableFuture<CommandResult> send(CommandPlan plan, String payload) {
        SecretPlaceholders.Expanded expanded = SecretPlaceholders.expand(plan.text(), this::resolve, this::hint);
        expanded.secrets().forEach(session::addSecret);
        CommandPlan wire = new CommandPlan(expanded.text(), plan.data(), plan.facts());
        return CompletableFuture.supplyAsync(() -> {
            pending.add(new Pending(plan, payload));
            return session.execute(payload == null ? wire.command() : wire.command(payload));
        }, sender);
    }

    private Optional<String> resolve(String name) {
        for (SecretResolver r : resolvers) {
            Optional<String> v = r.resolve(name, null);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Where the user can put the secret: secure storage (when given) or the headless sources. */
    private String hint(String name) {
        SecretResolver headless = resolvers.get(resolvers.size() - 1);
        return extra == null ? headless.hint(name) : extra.hint(name) + ", or " + headless.hint(name);
    }

    public SessionRecording recording() {
        return recording;
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    /** E.g. {@code sim} or {@code serial /dev/ttyUSB2 115200 8N1}. */
    public String describe() {
        return session.describe();
    }

    public AtCatalog catalog() {
        return catalog;
    }

    @Override
    public void close() {
        session.abort();
        session.close();
        sender.shutdownNow();
        connection.closeResources();
    }

    private record Pending(CommandPlan plan, String payload) {
    }

    private final class Events implements SessionListener {
        private final Output out;
        private final UrcSink urcs;

        Events(Output out, UrcSink urcs) {
            this.out = out;
            this.urcs = urcs;
        }

        @Override
        public void sent(Instant time, String text) {
            out.line(new ConsoleLine(time, io.atflow.launch.console.LineKind.TX, text));
        }

        @Override
        public void received(Instant time, LineKind kind, String line) {
            if (kind != LineKind.URC && kind != LineKind.ECHO) {
                out.line(new ConsoleLine(time, io.atflow.launch.console.LineKind.RX, line));
            }
        }

        @Override
        public void urc(Urc urc) {
            out.line(new ConsoleLine(urc.time(), io.atflow.launch.console.LineKind.URC,
                    RunEventText.urc(urc.line(), explainer.console(urc.line(), null))));
            recording.add(new Recorded.Unsolicited(urc.line()));
            urcs.urc(urc.time(), urc.line());
        }

        @Override
        public void result(Instant time, CommandResult result) {
            Pending p = pending.poll();
            if (p != null) {
                recording.add(new Recorded.Command(p.plan().text(), p.plan().data(), p.payload(), result));
            }
            if (!result.isSuccess()) {
                out.line(new ConsoleLine(time, io.atflow.launch.console.LineKind.FAIL, result.describe()));
            }
        }

        @Override
        public void closed(Instant time, String reason) {
            out.closed(reason);
        }
    }
}
