package io.atflow.cli.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.sim.ModuleOptions;
import io.atflow.engine.transport.TransportException;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.run.OpenTarget;
import io.atflow.run.RunHandle;
import io.atflow.run.RunResult;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;

/**
 * {@code atflow run FILE [--port ...] [--transcript FILE] [--var k=v]...}: runs a script, by default on the simulated
 * module with the embedded platform emulator, printing each event and the verdict. Exit 0 passed, 1 failed or aborted
 * (Ctrl-C) or the script has errors (printed like {@code check}; nothing runs), 2 usage, configuration or connection
 * error. The simulator starts while the script loads.
 */
public final class RunCommand implements Command {
    private final Interrupts interrupts;

    public RunCommand() {
        this(Interrupts.onCtrlC());
    }

    RunCommand(Interrupts interrupts) {
        this.interrupts = interrupts;
    }

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String synopsis() {
        return "run FILE [--port sim|<serial port>|tcp://host:port|socket://host:port|rfc2217://host:port]"
                + " [--baud N] [--data-bits N] [--parity P] [--stop-bits N] [--flow-control F] "
                + ModuleOptions.synopsis() + " [--transcript FILE] [--var k=v]...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        RunOptions o = RunOptions.parse(args);
        CompletableFuture<OpenTarget> warm = o.simulated() ? CompletableFuture.supplyAsync(() -> open(o.target()))
                : null;
        LoadedScript loaded;
        try {
            loaded = load(o, out, err);
        } catch (CliException e) {
            closeLater(warm);
            throw e;
        }
        if (loaded == null) {
            closeLater(warm);
            return CliException.FAILED;
        }
        ConsolePrinter printer = new ConsolePrinter(out);
        ScriptRunner.Builder runner = ScriptRunner.builder().script(loaded).target(o.target())
                .transcript(o.transcript()).listener(printer);
        o.variables().forEach(runner::variable);
        if (warm != null) {
            try {
                runner.opened(warm.join());
            } catch (RuntimeException e) {
                Throwable cause = e;
                while (cause.getCause() != null) {
                    cause = cause.getCause();
                }
                throw CliException.usage(cause.getMessage());
            }
        }
        RunHandle handle = runner.start();
        interrupts.arm(handle::abort);
        RunResult r = handle.await();
        String verdict = printer.summary(r, loaded.path());
        if (r.location() == null && r.message().contains(o.port()) && !o.simulated()) {
            verdict += "; change --port";
        }
        out.println(verdict);
        out.flush();
        interrupts.finished(r.verdict().exitCode());
        return r.verdict().exitCode();
    }

    /** The script with its warnings and errors printed as {@code check} does; null when it has errors. */
    private static LoadedScript load(RunOptions o, PrintStream out, PrintStream err) throws CliException {
        LoadedScript loaded;
        try {
            loaded = AtFlowLanguage.loader().load(o.script());
        } catch (IOException e) {
            throw CliException.usage(e.getMessage());
        }
        long errors = 0;
        for (Diagnostic d : loaded.diagnostics()) {
            if (d.severity() != Diagnostic.Severity.INFO) {
                out.println(d.format());
                errors += d.isError() ? 1 : 0;
            }
        }
        if (errors > 0 || loaded.script() == null) {
            long n = Math.max(errors, 1);
            err.println("atflow run: " + o.script() + " has " + n + " error" + (n == 1 ? "" : "s")
                    + "; nothing was run");
            return null;
        }
        return loaded;
    }

    private static OpenTarget open(RunTarget target) {
        try {
            return target.open();
        } catch (TransportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Stops a simulator that was started for a run that will not happen, without making the user wait. */
    private static void closeLater(CompletableFuture<OpenTarget> warm) {
        if (warm != null) {
            warm.thenAcceptAsync(OpenTarget::close);
        }
    }
}
