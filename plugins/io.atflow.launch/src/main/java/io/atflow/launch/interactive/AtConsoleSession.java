package io.atflow.launch.interactive;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.launch.console.ConsoleLine;
import io.atflow.run.RunEventText.Kind;
import io.atflow.launch.console.RunEventLines;
import io.atflow.launch.core.InstalledTargets;
import io.atflow.launch.core.RunSink;
import io.atflow.launch.urc.UrcLog;
import io.atflow.launch.urc.UrcRowDecoder;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.CommandPlan;
import io.atflow.run.InteractiveSession;
import io.atflow.run.ModuleSession;
import io.atflow.run.RunTarget;

/**
 * The AT console's connection: opens a module ({@link ModuleSession}) off the UI thread, passes typed lines to its
 * {@link InteractiveSession} (a command, or the data the command before asked for after {@code >} or
 * {@code CONNECT}), shows what is said as the run console shows it ({@link RunSink}: console lines, and URCs in the URC view), and keeps the last session for saving
 * after a disconnect. Nothing here waits for the module.
 */
public final class AtConsoleSession implements AutoCloseable {
    /** The source of URCs in the URC view. */
    public static final String SOURCE = "AT console";
    /** The prompt while a command can be typed. */
    public static final String PROMPT = "AT>";
    private final AtCatalog catalog;
    private final SecretResolver secrets;
    private final Consumer<ConsoleLine> output;
    private final UrcLog urcs;
    private final Runnable changed;
    private volatile ModuleSession module;
    private volatile InteractiveSession input;
    private CommandPlan awaitingData;
    private volatile InteractiveSession last;

    /**
     * @param secrets resolves {@code ${secret("name")}} before the target's registry and the headless sources
     *                (e.g. Eclipse secure storage), or null
     * @param output  receives console lines, from any thread
     * @param urcs    the URC view's log
     * @param changed called (from any thread) when the connection or the prompt changed
     */
    public AtConsoleSession(AtCatalog catalog, SecretResolver secrets, Consumer<ConsoleLine> output, UrcLog urcs,
            Runnable changed) {
        this.catalog = catalog;
        this.secrets = secrets;
        this.output = output;
        this.urcs = urcs;
        this.changed = changed;
    }

    /** Connects to {@code target} ({@code sim}, {@code tcp://...} or a serial port) on a thread of its own. */
    public void connect(String target, SerialSettings serial) {
        connect(target, () -> InstalledTargets.parse(target, serial));
    }

    /**
     * Connects to the target {@code target} gives (e.g. a launch configuration's, with its simulated module's
     * profile) on a thread of its own; {@code label} names it in messages. An {@link IllegalArgumentException} of
     * {@code target} is shown as the reason.
     */
    public void connect(String label, Supplier<RunTarget> target) {
        if (module != null) {
            return;
        }
        Thread t = new Thread(() -> open(label, target), "atflow-console-connect");
        t.setDaemon(true);
        t.start();
    }

    private void open(String label, Supplier<RunTarget> target) {
        try {
            UrcRowDecoder decoder = new UrcRowDecoder(catalog);
            ModuleSession.Builder b = ModuleSession.builder().target(target.get())
                    .listener(new RunSink(new RunEventLines(UnaryOperator.identity(), new UrcExplainer(catalog)),
                            output, urcs, decoder, SOURCE, r -> {
                            }));
            if (secrets != null) {
                b.secrets(secrets);
            }
            ModuleSession m = b.open();
            input = m.interactive();
            module = m;
            m.closed().thenAccept(this::ended);
            line(Kind.INFO, "Connected to " + m.describe() + "; type AT commands");
        } catch (IOException | IllegalArgumentException e) {
            line(Kind.FAIL, "Cannot connect to " + label + ": " + e.getMessage());
        }
        changed.run();
    }

    private void ended(String reason) {
        ModuleSession m = module;
        if (m != null) {
            last = m.interactive();
            m.close();
        }
        module = null;
        input = null;
        synchronized (this) {
            awaitingData = null;
        }
        line(Kind.INFO, "Disconnected: " + reason);
        changed.run();
    }

    /** Handles a typed line: sends it, asks for its data, or says in one sentence why not. */
    public synchronized void submit(String typed) {
        InteractiveSession in = input;
        CommandPlan plan = awaitingData;
        awaitingData = null;
        try {
            if (in == null) {
                line(Kind.FAIL, "Not connected; choose a target and press Connect.");
            } else if (plan != null) {
                sent(in.send(plan, typed));
            } else if (!typed.isBlank()) {
                plan = in.plan(typed);
                if (plan.needsData()) {
                    awaitingData = plan;
                } else {
                    sent(in.send(plan, null));
                }
            }
        } catch (IllegalArgumentException e) {
            line(Kind.FAIL, e.getMessage());
        }
        changed.run();
    }

    private void sent(CompletableFuture<?> exchange) {
        exchange.exceptionally(e -> {
            line(Kind.FAIL, (e.getCause() != null ? e.getCause() : e).getMessage());
            return null;
        });
    }

    /** {@link #PROMPT}, or {@code data for AT+QMTPUBEX=0,0,0,0,"t",5>} while the next line is a command's data. */
    public synchronized String prompt() {
        return awaitingData == null ? PROMPT : "data for " + awaitingData.text() + ">";
    }

    public boolean isConnected() {
        return module != null;
    }

    /** E.g. {@code sim}; null while not connected. */
    public String describe() {
        ModuleSession m = module;
        return m == null ? null : m.describe();
    }

    /** The open or the last session as a script; empty when there was none. */
    public Optional<String> script(List<String> header) {
        ModuleSession m = module;
        InteractiveSession s = m != null ? m.interactive() : last;
        return s == null ? Optional.empty() : Optional.of(s.script(header));
    }

    /** Closes the module in the background (the last session stays for saving). */
    @Override
    public void close() {
        ModuleSession m = module;
        module = null;
        input = null;
        if (m != null) {
            last = m.interactive();
            Thread t = new Thread(m::close, "atflow-console-close");
            t.setDaemon(true);
            t.start();
        }
    }

    private void line(Kind kind, String text) {
        output.accept(new ConsoleLine(Instant.now(), kind, text));
    }
}
