package io.atflow.cli.dap;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.atflow.cli.CliException;
import io.atflow.cli.run.ConsolePrinter;
import io.atflow.cli.run.PreparedRun;
import io.atflow.run.RunHandle;
import io.atflow.run.RunResult;
import io.atflow.run.ScriptRunner;
import io.atflow.run.debug.Debugger;

/**
 * The launched run: started once the client's configuration is done, on a thread of its own that waits for the
 * verdict and then sends it as {@code atflow run} prints it, the {@code exited} event with the CLI's exit code and
 * {@code terminated}. The run's events reach the client as {@code output} lines in the CLI's wording.
 */
final class DapRun {
    private final PreparedRun prepared;
    private final Debugger debugger;
    private final DapEvents events;
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean started;
    private boolean aborted;
    private RunHandle handle;

    /** @param debugger the run's debugger, or null to run without ({@code noDebug}) */
    DapRun(PreparedRun prepared, Debugger debugger, DapEvents events) {
        this.prepared = prepared;
        this.debugger = debugger;
        this.events = events;
    }

    synchronized void start() {
        if (started || aborted) {
            return;
        }
        started = true;
        Thread t = new Thread(this::runToEnd, "atflow-dap-run");
        t.setDaemon(true);
        t.start();
    }

    /** Stops the run (a suspension too); a run that did not start ends at once. */
    void abort() {
        boolean never;
        synchronized (this) {
            never = !started && !aborted;
            aborted = true;
            if (handle != null) {
                handle.abort();
            }
        }
        if (never) {
            prepared.discard();
            events.terminated();
            ended.countDown();
        }
    }

    /** Waits (at most {@code seconds}) until the run ended and its last events were sent. */
    boolean awaitEnd(long seconds) throws InterruptedException {
        return ended.await(seconds, TimeUnit.SECONDS);
    }

    String scriptName() {
        return prepared.script().path();
    }

    private void runToEnd() {
        PrintStream out = DapOutput.stream(events, "stdout");
        ConsolePrinter printer = new ConsolePrinter(out);
        try {
            ScriptRunner.Builder runner = prepared.runner().listener(printer);
            if (debugger != null) {
                runner.debugger(debugger);
            }
            RunHandle h = runner.start();
            synchronized (this) {
                handle = h;
                if (aborted) {
                    h.abort();
                }
            }
            RunResult r = h.await();
            out.println(printer.summary(r, prepared.script().path()));
            events.exited(r.verdict().exitCode());
        } catch (CliException e) {
            DapOutput.stream(events, "stderr").println(e.getMessage());
            events.exited(e.exitCode());
        } finally {
            events.terminated();
            ended.countDown();
        }
    }
}
