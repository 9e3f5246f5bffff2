package io.atflow.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionListener;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.events.EventDispatcher;
import io.atflow.run.events.Sequencer;
import io.atflow.run.events.SessionEvents;
import io.atflow.run.interp.EngineSettings;
import io.atflow.run.secrets.RunSecrets;

/**
 * An open module: the target, the engine session (command channel, URC bus and backlog, transcript) and the secrets
 * masked on it. Runs ({@link ScriptRunner.Builder#module}) and the {@link #interactive() interactive session} use it
 * in turn: one of them has the command channel at a time ({@link #owner()}), all of them see the module's URCs, and
 * a URC nobody awaited stays in the backlog (the engine's 256) for whoever awaits it next. Events of everything
 * said on the module go to its listeners; a run's listeners see them while the run uses the module.
 */
public final class ModuleSession implements AutoCloseable {
    private final RunTarget target;
    private final OpenTarget open;
    private final Session session;
    private final RunSecrets secrets;
    private final List<SecretResolver> resolvers;
    private final AtCatalog catalog;
    private final Sequencer sequencer;
    private final Route events;
    private final Path transcript;
    private final AtomicReference<String> owner = new AtomicReference<>();
    private volatile boolean lent;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private InteractiveSession interactive;
    private boolean sessionClosed;

    private ModuleSession(Builder b, OpenTarget open, Session session, RunSecrets secrets, Sequencer sequencer,
            Route events) {
        this.target = b.target;
        this.open = open;
        this.session = session;
        this.secrets = secrets;
        this.resolvers = List.copyOf(b.secrets);
        this.catalog = b.catalog;
        this.sequencer = sequencer;
        this.events = events;
        this.transcript = b.transcript;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How to open a module; {@link #open()} when set up. */
    public static final class Builder {
        RunTarget target;
        OpenTarget opened;
        final List<SecretResolver> secrets = new ArrayList<>();
        final List<RunListener> listeners = new ArrayList<>();
        Path transcript;
        AtCatalog catalog = AtCatalog.standard();

        private Builder() {
        }

        /** Where the module is (required), e.g. from {@link Targets#parse}. */
        public Builder target(RunTarget value) {
            this.target = Objects.requireNonNull(value, "target");
            return this;
        }

        /** A target already opened from {@link #target(RunTarget) the target}; the module closes it. */
        public Builder opened(OpenTarget value) {
            this.opened = value;
            return this;
        }

        /** Asked for {@code secret(...)} before the target's and the headless resolvers (several keep their order). */
        public Builder secrets(SecretResolver resolver) {
            secrets.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /** Receives the events of everything said on the module, on a thread of its own. */
        public Builder listener(RunListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Writes the engine's transcript of the whole session there (null: none). */
        public Builder transcript(Path file) {
            this.transcript = file;
            return this;
        }

        /**
         * Opens the target and the session; on failure the target is closed again.
         *
         * @throws IOException one sentence: the port cannot be opened, the simulator cannot start, the transcript
         *                     cannot be written
         */
        public ModuleSession open() throws IOException {
            if (target == null) {
                throw new IllegalStateException("no target: call target(RunTarget)");
            }
            return ModuleSession.open(this, null);
        }
    }

    /** Opens the module; {@code run}, when given, gets the module's events from the first byte on. */
    static ModuleSession open(Builder b, EventDispatcher run) throws IOException {
        OpenTarget open = b.opened != null ? b.opened : b.target.open();
        Route route = new Route(new EventDispatcher(b.listeners), new AtomicReference<>(run));
        try {
            RunSecrets secrets = new RunSecrets();
            open.watchSecrets(secrets);
            open.transport().warnTo(w -> route.accept(new RunEvent.LogMessage(Instant.now(), "warning: " + w)));
            Session s = Session.open(open.transport(), EngineSettings.of(b.catalog, secrets.known(), b.transcript));
            ModuleSession m = new ModuleSession(b, open, s, secrets, new Sequencer(), route);
            secrets.attach(s);
            s.addListener(new SessionEvents(route, m.sequencer, b.catalog));
            s.addListener(new SessionListener() {
                @Override
                public void closed(Instant time, String reason) {
                    m.closed.complete(reason);
                }
            });
            return m;
        } catch (IOException | RuntimeException e) {
            route.listeners().close();
            open.close();
            throw e;
        }
    }

    /** Where the module's events go: its listeners, and the run using the module now, if any. */
    private record Route(EventDispatcher listeners, AtomicReference<EventDispatcher> run)
            implements Consumer<RunEvent> {
        @Override
        public void accept(RunEvent event) {
            listeners.post(event);
            EventDispatcher r = run.get();
            if (r != null) {
                r.post(event);
            }
        }
    }

    /** The interactive view of the module (one per module). */
    public synchronized InteractiveSession interactive() {
        if (interactive == null) {
            interactive = new InteractiveSession(this);
        }
        return interactive;
    }

    /** What the target started, as {@code type} (see {@link OpenTarget#adapter}). */
    public <T> java.util.Optional<T> adapter(Class<T> type) {
        return open.adapter(type);
    }

    public RunTarget target() {
        return target;
    }

    /** E.g. {@code sim} or {@code serial /dev/ttyUSB2 115200 8N1}. */
    public String describe() {
        return session.describe();
    }

    public boolean isOpen() {
        return session.isOpen();
    }

    /** Completes with one sentence when the session ends: closed on purpose, or the port went away. */
    public CompletableFuture<String> closed() {
        return closed;
    }

    /** Who has the command channel now (a run of a script, the interactive session), or null. */
    public String owner() {
        return owner.get();
    }

    /** {@code text} as humans may see it: every secret known on the module masked. */
    public String mask(String text) {
        return session.mask(text);
    }

    /**
     * Takes the command channel for {@code who} until the returned claim is closed.
     *
     * @throws Busy one sentence naming who has it
     */
    Claim claim(String who) {
        if (!owner.compareAndSet(null, who)) {
            if (lent && !who.equals(owner.get())) {
                return new Claim(who, true);
            }
            throw new Busy("the module is busy: " + owner.get() + " is using it; wait until it ends");
        }
        return new Claim(who, false);
    }

    /** The command channel is used by someone else. */
    public static final class Busy extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Busy(String message) {
            super(message);
        }
    }

    /**
     * The command channel held by one user; {@link #close()} gives it back. {@link #cancel} reaches the module only
     * while the channel is held, so a late cancel never ends the next user's command.
     */
    final class Claim implements AutoCloseable {
        private final String who;
        private final boolean borrowed;
        private boolean closed;

        private Claim(String who, boolean borrowed) {
            this.who = who;
            this.borrowed = borrowed;
        }

        /**
         * Lets others use the channel meanwhile ({@code true}: a debugged run is suspended and the AT console may send)
         * or no longer; the holder keeps its claim.
         */
        void lend(boolean on) {
            if (!borrowed && who.equals(owner.get())) {
                lent = on;
            }
        }

        /** Ends the holder's pending command and awaits ({@link Session#cancel}) unless the channel was given back. */
        synchronized void cancel(String reason) {
            if (!closed) {
                session.cancel(reason);
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            if (!borrowed && owner.compareAndSet(who, null)) {
                lent = false;
            }
        }
    }

    /** The resolver chain of a user: {@code first}, then the module's, the target's, the headless ones. */
    SecretResolver resolver(List<SecretResolver> first) {
        List<SecretResolver> explicit = new ArrayList<>(first);
        explicit.addAll(resolvers);
        return RunSecrets.chain(explicit, open.secrets());
    }

    Session session() {
        return session;
    }

    RunSecrets secrets() {
        return secrets;
    }

    AtCatalog catalog() {
        return catalog;
    }

    Sequencer sequencer() {
        return sequencer;
    }

    /** The module's events go to {@code dispatcher} too until {@link #detach}; one run at a time. */
    void attach(EventDispatcher dispatcher) {
        events.run().set(dispatcher);
    }

    void detach(EventDispatcher dispatcher) {
        events.run().compareAndSet(dispatcher, null);
    }

    /** Closes the session (the transcript complete, masked as it was written) and waits until its end was passed on. Idempotent. */
    synchronized void closeSession() {
        if (sessionClosed) {
            return;
        }
        sessionClosed = true;
        session.close();
        sequencer.awaitClosed();
    }

    /** Ends a run using the module, closes the session, stops the simulator. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (interactive != null) {
                interactive.close();
            }
        }
        closeSession();
        events.listeners().close();
        open.close();
    }
}
