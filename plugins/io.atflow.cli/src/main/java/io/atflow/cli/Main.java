package io.atflow.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.atflow.cli.broker.BrokerCommand;
import io.atflow.cli.check.CheckCommand;
import io.atflow.cli.dap.DapCommand;
import io.atflow.cli.fmt.FmtCommand;
import io.atflow.cli.git.GitSetupCommand;
import io.atflow.cli.lsp.LspCommand;
import io.atflow.cli.ports.PortsCommand;
import io.atflow.cli.run.RunCommand;
import io.atflow.cli.sign.SignCommand;
import io.atflow.cli.sim.SimCommand;
import io.atflow.cli.test.TestCommand;

/** Entry point of {@code ./atflow}: dispatches to a sub-command and turns expected failures into one line. */
public final class Main {
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(List<Command> available) {
        available.forEach(c -> commands.put(c.name(), c));
    }

    public static Main standard() {
        return new Main(List.of(new LazyCommand("broker", () -> new BrokerCommand()),
                new LazyCommand("check", () -> new CheckCommand()), new LazyCommand("dap", () -> new DapCommand()),
                new LazyCommand("fmt", () -> new FmtCommand()),
                new LazyCommand("git-setup", () -> new GitSetupCommand()),
                new LazyCommand("lsp", () -> new LspCommand()), new LazyCommand("ports", () -> new PortsCommand()),
                new LazyCommand("run", () -> new RunCommand()), new LazyCommand("sign", () -> new SignCommand()),
                new LazyCommand("sim", () -> new SimCommand()),
                new LazyCommand("test", () -> new TestCommand())));
    }

    public static void main(String[] args) {
        System.exit(standard().execute(Arrays.asList(args), System.out, System.err));
    }

    public int execute(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("help")) {
            usage(args.isEmpty() ? err : out);
            return args.isEmpty() ? CliException.USAGE : 0;
        }
        Command command = commands.get(args.get(0));
        if (command == null) {
            err.println("atflow: unknown command \"" + args.get(0) + "\"");
            usage(err);
            return CliException.USAGE;
        }
        List<String> rest = args.subList(1, args.size());
        if (asksForHelp(rest)) {
            out.println("usage: atflow " + command.synopsis().replaceAll(" {2,}#", "  #"));
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (CliException e) {
            err.println("atflow " + command.name() + ": " + e.getMessage());
            return e.exitCode();
        } catch (RuntimeException e) {
            err.println("atflow " + command.name() + ": internal error: " + e
                    + " (set ATFLOW_DEBUG=1 for the stack trace and please report it)");
            if (System.getenv("ATFLOW_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return CliException.USAGE;
        }
    }

    /** {@code --help} or {@code -h} before any {@code --}. */
    private static boolean asksForHelp(List<String> args) {
        for (String a : args) {
            if (a.equals("--")) {
                return false;
            }
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    private void usage(PrintStream s) {
        s.println("usage: atflow <command> [options]");
        commands.values().forEach(c -> s.println("  atflow " + c.synopsis()));
    }
}
