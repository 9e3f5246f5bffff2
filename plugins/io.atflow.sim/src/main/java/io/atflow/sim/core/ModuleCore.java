package io.atflow.sim.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.atflow.sim.at.ParsedCommand;
import io.atflow.sim.at.AtParser;
import io.atflow.sim.at.BadArgs;
import io.atflow.sim.at.Outcome;
import io.atflow.sim.fault.OutputShaping;

/**
 * The heart of one simulated module: a single thread on which every command, data byte, timer and network event
 * runs in order (so module state needs no locks), the command table, V.250 settings (echo, CMEE), the data
 * phase, reboot, and the host currently attached to the serial line.
 */
public final class ModuleCore implements AutoCloseable {
    private final String name;
    private final ExecutorService thread;
    private final Map<String, CommandHandler> commands = new HashMap<>();
    private final OutputShaping shaping = new OutputShaping();
    private final Responder out = new Responder(this);
    private final InputDecoder decoder = new InputDecoder(this);
    private final List<Runnable> resetHooks = new CopyOnWriteArrayList<>();
    private final List<Runnable> closeHooks = new CopyOnWriteArrayList<>();
    private final List<byte[]> held = new java.util.ArrayList<>();
    private volatile Consumer<Throwable> internalErrors = e -> System.err.println(
            "atflow sim: internal error in module " + this.name() + ": " + e);
    private volatile Attachment attachment;
    private volatile boolean echo = true;
    private volatile int cmee = 1;
    /** Off or booting: input is ignored and nothing is said. */
    private volatile boolean booting;
    private int powerCycle;
    private volatile boolean closed;

    public ModuleCore(String name) {
        this.name = name;
        this.thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("atflow-sim-" + name).factory());
    }

    public String name() {
        return name;
    }

    public void register(String commandName, CommandHandler handler) {
        commands.put(commandName, handler);
    }

    /** The handler registered under a name (the catalog's until a behaviour replaces it), else one answering ERROR. */
    public CommandHandler command(String commandName) {
        return commands.getOrDefault(commandName, (command, module) -> Outcome.ERROR);
    }

    public Responder out() {
        return out;
    }

    public OutputShaping shaping() {
        return shaping;
    }

    public boolean echo() {
        return echo;
    }

    public void echo(boolean on) {
        this.echo = on;
    }

    /** AT+CMEE: 0 plain ERROR, 1 numeric codes, 2 verbose text. */
    public int cmee() {
        return cmee;
    }

    public void cmee(int mode) {
        this.cmee = mode;
    }

    public boolean booting() {
        return booting;
    }

    /** Where unexpected exceptions in module tasks go (default: one line on stderr). */
    public void internalErrors(Consumer<Throwable> sink) {
        this.internalErrors = sink;
    }

    /** Runs {@code task} on the module thread, after everything already queued. */
    public void post(Runnable task) {
        if (closed) {
            return;
        }
        try {
            thread.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    internalErrors.accept(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    /** Runs {@code task} on the module thread after {@code delay}. */
    public ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return SharedTimers.get().schedule(() -> post(task), Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
    }

    /** Runs blocking work (network I/O) off the module thread; results come back through {@link #post}. */
    public void background(String what, Runnable task) {
        if (!closed) {
            Thread.ofVirtual().name("atflow-sim-" + name + "-" + what).start(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    internalErrors.accept(e);
                }
            });
        }
    }

    /** Switches the serial line into a data phase; call from a command handler that returns PENDING. */
    public void expectData(DataRequest request) {
        decoder.open(request);
        if (!request.timeout().isZero()) {
            schedule(request.timeout(), () -> {
                if (decoder.close(request)) {
                    out.result(request.sink().timedOut());
                    releaseHeld();
                }
            });
        }
    }

    public boolean inDataPhase() {
        return decoder.inData();
    }

    /** Keeps a framed URC until the data phase ends. */
    void hold(byte[] framedUrc) {
        held.add(framedUrc);
    }

    /** After a data phase's final result: the URCs that came meanwhile. */
    void releaseHeld() {
        if (!held.isEmpty()) {
            List<byte[]> urcs = List.copyOf(held);
            held.clear();
            out.release(urcs);
        }
    }

    /** Called on reboot, on the module thread: forget state, drop links. */
    public void onReset(Runnable hook) {
        resetHooks.add(hook);
    }

    /** Called once when the module is closed. */
    public void onClose(Runnable hook) {
        closeHooks.add(hook);
    }

    /**
     * Power cycle (also the power-on of a module that is off): all state is lost; after {@code bootTime} the module
     * accepts commands again and {@code booted} runs (it prints the boot URCs).
     */
    public void reboot(Duration bootTime, Runnable booted) {
        post(() -> {
            switchOff();
            int cycle = ++powerCycle;
            schedule(bootTime, () -> {
                if (cycle == powerCycle) {
                    booting = false;
                    booted.run();
                }
            });
        });
    }

    /** Power down ({@code AT+QPOWD}): all state is lost and the module is silent until the next {@link #reboot}. */
    public void powerOff() {
        post(() -> {
            switchOff();
            powerCycle++;
        });
    }

    private void switchOff() {
        booting = true;
        decoder.reset();
        held.clear();
        resetHooks.forEach(Runnable::run);
        echo = true;
        cmee = 1;
    }

    void input(byte[] bytes) {
        post(() -> decoder.feed(bytes));
    }

    void execute(String line) {
        List<ParsedCommand> commands;
        try {
            commands = AtParser.parseLine(line);
        } catch (BadArgs e) {
            out.result(Outcome.ERROR);
            return;
        }
        Outcome outcome = Outcome.OK;
        for (int i = 0; i < commands.size() && outcome == Outcome.OK; i++) {
            outcome = run(commands.get(i));
        }
        if (!commands.isEmpty()) {
            out.result(outcome);
        }
    }

    /** One command of a line; a chain of basic commands stops at the first that does not answer OK. */
    private Outcome run(ParsedCommand command) {
        CommandHandler handler = this.commands.get(command.name());
        if (handler == null) {
            return Outcome.ERROR;
        }
        try {
            return handler.handle(command, this);
        } catch (BadArgs e) {
            return handler.badSyntax();
        } catch (RuntimeException e) {
            internalErrors.accept(e);
            return Outcome.ERROR;
        }
    }

    void emit(byte[] bytes) {
        if (booting) {
            return;
        }
        Attachment a = attachment;
        if (a != null) {
            a.write(bytes);
        }
    }

    /** Puts a host on the serial line, replacing (and closing) the previous one. */
    public Attachment attach(InputStream fromHost, OutputStream toHost) {
        Attachment next = new Attachment(this, fromHost, toHost);
        Attachment previous = attachment;
        attachment = next;
        if (previous != null) {
            previous.close();
        }
        next.start();
        return next;
    }

    void detached(Attachment a) {
        if (attachment == a) {
            attachment = null;
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        // before the hooks: work that found the module open has handed its resources to them (see SocketService)
        closed = true;
        Attachment a = attachment;
        if (a != null) {
            a.close();
        }
        closeHooks.forEach(hook -> {
            try {
                hook.run();
            } catch (RuntimeException e) {
                internalErrors.accept(e);
            }
        });
        thread.shutdown();
    }
}
