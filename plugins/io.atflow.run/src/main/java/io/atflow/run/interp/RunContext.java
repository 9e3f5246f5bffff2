package io.atflow.run.interp;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import io.atflow.engine.channel.PausableClock;
import io.atflow.engine.session.Session;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.run.RunEvent;
import io.atflow.run.events.EventDispatcher;
import io.atflow.run.events.Sequencer;

/**
 * What the parts of a running interpreter share: the session, the catalog, the evaluator, locations, events, and how
 * the run stops early (abort, or a handler's {@code fail}): the first reason wins, the module's pending command and
 * awaits end at once ({@code halt}), later ones are refused, and sleeping statements wake up.
 */
public final class RunContext {
    private final Session session;
    private final AtCatalog catalog;
    private final Evaluator evaluator;
    private final Locations locations;
    private final EventDispatcher events;
    private final Sequencer sequencer;
    private final Settings settings;
    private final Consumer<String> secretSink;
    private final Runnable halt;
    private final UrcHistory history = new UrcHistory();
    private final UrcExplainer meanings;
    private final AtomicReference<ScriptFailure> stop = new AtomicReference<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicInteger sleeping = new AtomicInteger();
    private volatile Instant lastCommand = Instant.now();
    private PausableClock clock = new PausableClock();
    private DebugHook debug;

    /**
     * @param commandTimeout a command's timeout when it has none of its own
     * @param retryPause     the pause before a step or command is tried again
     */
    public record Settings(Duration commandTimeout, Duration retryPause) {
    }

    /**
     * @param halt ends the pending command and awaits when the run stops (the session's {@code abort} when the run
     *             owns the module, its {@code cancel} when the module stays open for others)
     */
    public RunContext(Session session, AtCatalog catalog, Evaluator evaluator, Locations locations,
            EventDispatcher events, Sequencer sequencer, Settings settings, Consumer<String> secretSink,
            Runnable halt) {
        this.session = session;
        this.catalog = catalog;
        this.evaluator = evaluator;
        this.locations = locations;
        this.events = events;
        this.sequencer = sequencer;
        this.settings = settings;
        this.secretSink = secretSink;
        this.halt = halt;
        this.meanings = new UrcExplainer(catalog);
    }

    /** Attaches a debugger (before the run starts) and the clock that stops while it is suspended. */
    public void debug(DebugHook hook, PausableClock runClock) {
        this.debug = hook;
        this.clock = runClock;
    }

    /** The debugger, or null (then nothing is traced). */
    public DebugHook debug() {
        return debug;
    }

    /** The clock of the run's time limits (script, step, await): it stands still while a debugged run is suspended. */
    public PausableClock clock() {
        return clock;
    }

    public Session session() {
        return session;
    }

    public AtCatalog catalog() {
        return catalog;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public Locations locations() {
        return locations;
    }

    public Sequencer sequencer() {
        return sequencer;
    }

    public Settings settings() {
        return settings;
    }

    public UrcHistory history() {
        return history;
    }

    public UrcExplainer meanings() {
        return meanings;
    }

    /** Notes that a command is about to be sent (a later await's explanation looks at URCs since then). */
    public void commandStarting() {
        lastCommand = Instant.now();
    }

    /** When the latest command was sent. */
    public Instant lastCommand() {
        return lastCommand;
    }

    /** {@code text} as humans may see it: known secrets and JSON credentials masked. */
    public String mask(String text) {
        return text == null ? null : session.mask(text);
    }

    /** Masks {@code value} from now on, everywhere (events, transcript, messages). */
    public void addSecret(String value) {
        secretSink.accept(value);
    }

    /** Posts a run event (texts must be masked already), after the engine's events it follows. */
    public void emit(RunEvent event) {
        sequencer.settle();
        events.post(event);
    }

    /**
     * Runs {@code action} on the event thread after the events posted so far were delivered; call
     * {@link #settleEvents()} first on the run's thread so the engine's events it follows are among them.
     */
    public void afterEvents(Runnable action) {
        events.then(action);
    }

    /** Waits (boundedly) until the engine's events the run's next event follows were posted (a command's result). */
    public void settleEvents() {
        sequencer.settle();
    }

    public void log(String text) {
        emit(new RunEvent.LogMessage(Instant.now(), mask(text)));
    }

    /** Stops the run for {@code reason} unless it is already stopping; aborts the session's pending work. */
    public boolean stop(ScriptFailure reason) {
        if (!claim(reason)) {
            return false;
        }
        halt.run();
        return true;
    }

    /**
     * Records why the run ends (the script thread's own failure) unless another reason came first; handlers that
     * fail afterwards change nothing.
     */
    public boolean claim(ScriptFailure reason) {
        if (!stop.compareAndSet(null, reason)) {
            return false;
        }
        stopped.countDown();
        if (debug != null) {
            debug.stopped();
        }
        return true;
    }

    public boolean isStopped() {
        return stop.get() != null;
    }

    /** The reason the run stops, located at {@code location} when it has no location of its own. */
    public ScriptFailure stopReason(String location) {
        ScriptFailure f = stop.get();
        if (f == null) {
            return ScriptFailure.aborted("the run was aborted", location);
        }
        if (f.location() != null || location == null) {
            return f;
        }
        return f.verdict() == io.atflow.run.Verdict.ABORTED ? ScriptFailure.aborted(f.getMessage(), location)
                : ScriptFailure.fatal(f.getMessage(), location);
    }

    /** Throws the stop reason when the run is stopping. */
    public void checkStopped(String location) {
        if (stop.get() != null) {
            throw stopReason(location);
        }
    }

    /** Sleeps {@code d}; throws the stop reason when the run stops meanwhile. */
    public void sleep(Duration d, String location) {
        sleeping.incrementAndGet();
        try {
            if (stopped.await(d.toNanos(), TimeUnit.NANOSECONDS)) {
                throw stopReason(location);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(ScriptFailure.aborted("the run was interrupted", location));
            throw stopReason(location);
        } finally {
            sleeping.decrementAndGet();
        }
    }

    /** Whether a statement sleeps now ({@code delay}, a retry's pause): a stop wakes it. */
    public boolean isSleeping() {
        return sleeping.get() > 0;
    }
}
