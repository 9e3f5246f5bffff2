package io.atflow.cli;

import java.io.PrintStream;
import java.util.List;

/** One {@code atflow <name>} sub-command. */
public interface Command {
    String name();

    /** One line for the usage summary, e.g. {@code sign --product-key PK ...}. */
    String synopsis();

    /** Runs the command; returns the exit code. Expected failures are thrown as {@link CliException}. */
    int run(List<String> args, PrintStream out, PrintStream err) throws CliException;
}
