package io.atflow.cli.run;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;

import io.atflow.cli.CliException;
import io.atflow.engine.transport.TransportException;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.run.OpenTarget;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;

/**
 * A run as {@code atflow run} and {@code atflow dap} set it up from {@link RunOptions}: the script loaded (its
 * warnings and errors printed as {@code check} prints them) while the simulator starts, then a
 * {@link ScriptRunner.Builder} with the script, the target, the transcript and the variables, ready for listeners.
 * A script that names a network command gets the simulator's platform emulator started meanwhile too
 * ({@link NetworkHint}).
 */
public final class PreparedRun {
    private final RunOptions options;
    private final LoadedScript script;
    private final CompletableFuture<OpenTarget> warm;

    private PreparedRun(RunOptions options, LoadedScript script, CompletableFuture<OpenTarget> warm) {
        this.options = options;
        this.script = script;
        this.warm = warm;
    }

    /**
     * Loads the script, printing its diagnostics on {@code out}; a script with errors is a {@link CliException}
     * ({@code FAILED}) saying nothing was run.
     */
    public static PreparedRun prepare(RunOptions o, PrintStream out) throws CliException {
        CompletableFuture<OpenTarget> warm = o.simulated() ? CompletableFuture.supplyAsync(() -> open(o.target()))
                : null;
        if (warm != null && NetworkHint.needsNetwork(o.script())) {
            warm = warm.thenApplyAsync(NetworkHint::startEmulator);
        }
        try {
            return new PreparedRun(o, load(o, out), warm);
        } catch (CliException e) {
            closeLater(warm);
            throw e;
        }
    }

    public LoadedScript script() {
        return script;
    }

    /** The runner for the script; for the simulator, with the module that started meanwhile. */
    public ScriptRunner.Builder runner() throws CliException {
        ScriptRunner.Builder runner = ScriptRunner.builder().script(script).target(options.target())
                .transcript(options.transcript());
        options.variables().forEach(runner::variable);
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
        return runner;
    }

    /** Stops a simulator that was started for a run that will not happen, without making the user wait. */
    public void discard() {
        closeLater(warm);
    }

    private static LoadedScript load(RunOptions o, PrintStream out) throws CliException {
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
        out.flush();
        if (errors > 0 || loaded.script() == null) {
            long n = Math.max(errors, 1);
            throw new CliException(CliException.FAILED, o.script() + " has " + n + " error" + (n == 1 ? "" : "s")
                    + "; nothing was run");
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

    private static void closeLater(CompletableFuture<OpenTarget> warm) {
        if (warm != null) {
            warm.thenAcceptAsync(OpenTarget::close);
        }
    }
}
