package io.atflow.cli.dap;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.run.debug.Debugger;

/**
 * {@code atflow dap}: the Debug Adapter Protocol over stdin/stdout, for VS Code, Neovim (nvim-dap) and any DAP client:
 * one session debugs one run of a script ({@code launch} with {@code program}, {@code port}, {@code vars},
 * {@code stopOnEntry}, {@code noDebug}). Everything else the JVM would print on stdout goes to stderr, so the
 * protocol stream stays clean.
 */
public final class DapCommand implements Command {
    private final InputStream in;
    private final OutputStream out;

    /** Serves on the process's stdin and stdout. */
    public DapCommand() {
        this(null, null);
    }

    /** Serves on the given streams (tests). */
    public DapCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String name() {
        return "dap";
    }

    @Override
    public String synopsis() {
        return "dap                                   # debug adapter (DAP) on stdin/stdout for VS Code, nvim-dap";
    }

    @Override
    public int run(List<String> args, PrintStream stdout, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of());
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"; the script to debug is "
                    + "the launch request's \"program\"");
        }
        InputStream input = in != null ? in : System.in;
        OutputStream output = out != null ? out : new FileOutputStream(FileDescriptor.out);
        if (out == null) {
            System.setOut(err);
        }
        DapWire wire = new DapWire(input, output);
        DapEvents events = new DapEvents(wire, err);
        new DapServer(wire, new DapSession(Debugger.create(), events), events, err).serve();
        return 0;
    }
}
