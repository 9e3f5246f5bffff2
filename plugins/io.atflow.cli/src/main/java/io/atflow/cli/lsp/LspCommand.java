package io.atflow.cli.lsp;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.lang.ide.server.AtFlowLanguageServer;

/**
 * {@code atflow lsp}: the ATFlow language server (Xtext) over stdin/stdout. Everything else the JVM would print on
 * stdout goes to stderr, so the protocol stream stays clean; stderr says "atflow lsp: ready" once requests are read
 * (an editor's server log shows when start-up ended).
 */
public final class LspCommand implements Command {
    private final InputStream in;
    private final OutputStream out;

    /** Serves on the process's stdin and stdout. */
    public LspCommand() {
        this(null, null);
    }

    /** Serves on the given streams (tests). */
    public LspCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public String name() {
        return "lsp";
    }

    @Override
    public String synopsis() {
        return "lsp                                   # language server on stdin/stdout";
    }

    @Override
    public int run(List<String> args, PrintStream stdout, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of("stdio"));
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("unexpected argument \"" + o.positionals().get(0) + "\"");
        }
        InputStream input = in != null ? in : System.in;
        OutputStream output = out != null ? out : new FileOutputStream(FileDescriptor.out);
        if (out == null) {
            System.setOut(err);
        }
        try {
            AtFlowLanguageServer.serve(input, output, () -> err.println("atflow lsp: ready"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
