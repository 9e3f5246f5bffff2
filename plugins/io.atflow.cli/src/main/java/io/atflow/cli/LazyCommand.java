package io.atflow.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * A sub-command created when it is asked for, so {@code atflow run --port tcp://...} loads no class of the commands
 * it does not run (the simulator's and the broker's pull in Netty and Moquette).
 */
record LazyCommand(String name, Supplier<Command> command) implements Command {

    @Override
    public String synopsis() {
        return command.get().synopsis();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        return command.get().run(args, out, err);
    }
}
