package io.atflow.cli.run;

import java.io.PrintStream;
import java.util.List;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.sim.ModuleOptions;
import io.atflow.run.RunHandle;
import io.atflow.run.RunResult;

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
        PreparedRun prepared = PreparedRun.prepare(o, out);
        ConsolePrinter printer = new ConsolePrinter(out);
        RunHandle handle = prepared.runner().listener(printer).start();
        interrupts.arm(handle::abort);
        RunResult r = handle.await();
        String verdict = printer.summary(r, prepared.script().path());
        if (r.location() == null && r.message().contains(o.port()) && !o.simulated()) {
            verdict += "; change --port";
        }
        out.println(verdict);
        out.flush();
        interrupts.finished(r.verdict().exitCode());
        return r.verdict().exitCode();
    }
}
