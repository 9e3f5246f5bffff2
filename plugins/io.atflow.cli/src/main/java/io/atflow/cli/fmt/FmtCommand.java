package io.atflow.cli.fmt;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;
import io.atflow.cli.check.CheckCommand;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;

/**
 * {@code atflow fmt [--check] FILE...}: rewrites scripts in the canonical layout; with {@code --check} only lists the
 * files that would change. Files that do not parse are reported and left alone. Exit 1 when a file would change
 * (with --check) or did not parse.
 */
public final class FmtCommand implements Command {

    @Override
    public String name() {
        return "fmt";
    }

    @Override
    public String synopsis() {
        return "fmt [--check] FILE...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of("check"));
        boolean check = o.has("check");
        int failed = 0;
        for (Path file : CheckCommand.Files2.existing(o.positionals())) {
            byte[] bytes = read(file);
            LoadedScript s = AtFlowLanguage.loader().parse(file.toString(),
                    URI.createFileURI(file.toAbsolutePath().normalize().toString()), bytes);
            if (s.hasSyntaxErrors() || s.hasErrors()) {
                s.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> out.println(d.format()));
                err.println("atflow fmt: " + file + " does not parse; it was not reformatted");
                failed++;
                continue;
            }
            String formatted = AtFlowLanguage.formatter().format(s.resource());
            if (formatted.equals(new String(bytes, StandardCharsets.UTF_8))) {
                continue;
            }
            if (check) {
                out.println(file);
                failed++;
            } else {
                write(file, formatted);
            }
        }
        return failed > 0 ? CliException.FAILED : 0;
    }

    private static byte[] read(Path file) throws CliException {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw CliException.usage("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) throws CliException {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".fmt.tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw CliException.usage("cannot write " + file + ": " + e.getMessage());
        }
    }
}
