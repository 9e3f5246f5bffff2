package io.atflow.cli.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;

/**
 * {@code atflow check FILE...}: parses and validates scripts and prints {@code path:line:col: error|warning: message
 * [code]}; exit 1 when any error was found.
 */
public final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String synopsis() {
        return "check FILE...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of());
        List<Path> files = Files2.existing(o.positionals());
        ScriptLoader loader = AtFlowLanguage.loader();
        int errors = 0;
        int warnings = 0;
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (Path file : files) {
            LoadedScript s;
            try {
                s = loader.load(file);
            } catch (IOException e) {
                throw CliException.usage(e.getMessage());
            }
            for (Diagnostic d : s.diagnostics()) {
                if (d.severity() != Diagnostic.Severity.INFO && printed.add(d.format())) {
                    out.println(d.format());
                    errors += d.isError() ? 1 : 0;
                    warnings += d.isError() ? 0 : 1;
                }
            }
        }
        if (errors + warnings > 0) {
            err.println("atflow check: " + files.size() + " file" + (files.size() == 1 ? "" : "s") + ", " + errors
                    + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
        }
        return errors > 0 ? CliException.FAILED : 0;
    }

    /** Checks that every argument names a readable regular file. */
    public static final class Files2 {
        private Files2() {
        }

        public static List<Path> existing(List<String> names) throws CliException {
            if (names.isEmpty()) {
                throw CliException.usage("give at least one .atflow file");
            }
            for (String n : names) {
                Path p = Path.of(n);
                if (!Files.exists(p)) {
                    throw CliException.usage("no such file: " + n);
                }
                if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                    throw CliException.usage(n + " is not a readable file");
                }
            }
            return names.stream().map(Path::of).toList();
        }
    }
}
