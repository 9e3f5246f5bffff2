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
 * (with --check) or did not parse. {@code atflow fmt --stdout FILE} prints the canonical layout instead (git's
 * textconv, see {@code atflow git-setup}): a file that does not parse is printed unchanged, its syntax errors on
 * stderr, exit 1, or 0 with {@code --exit-zero} (git aborts the whole diff when a textconv command fails).
 */
public final class FmtCommand implements Command {

    @Override
    public String name() {
        return "fmt";
    }

    @Override
    public String synopsis() {
        return "fmt [--check] FILE... | fmt --stdout [--exit-zero] FILE  # canonical layout: in place, listed, or printed";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of("check", "stdout", "exit-zero"));
        boolean check = o.has("check");
        if (o.has("stdout")) {
            if (check || o.positionals().size() != 1) {
                throw CliException.usage("--stdout takes exactly one FILE and no --check");
            }
            int code = printFormatted(CheckCommand.Files2.existing(o.positionals()).get(0), out, err);
            return o.has("exit-zero") ? 0 : code;
        }
        if (o.has("exit-zero")) {
            throw CliException.usage("--exit-zero goes with --stdout");
        }
        int failed = 0;
        for (Path file : CheckCommand.Files2.existing(o.positionals())) {
            byte[] bytes = read(file);
            LoadedScript s = parse(file, bytes);
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

    /** The canonical text on {@code out}, or the bytes unchanged and the syntax errors on {@code err}. */
    private static int printFormatted(Path file, PrintStream out, PrintStream err) throws CliException {
        byte[] bytes = read(file);
        LoadedScript s = parse(file, bytes);
        if (s.hasSyntaxErrors()) {
            out.writeBytes(bytes);
            out.flush();
            s.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.format()));
            return CliException.FAILED;
        }
        // UTF-8 bytes, not print(): System.out would encode with the console's charset (ASCII under LANG=C)
        out.writeBytes(AtFlowLanguage.formatter().format(s.resource()).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    private static LoadedScript parse(Path file, byte[] bytes) {
        return AtFlowLanguage.loader().parse(file.toString(),
                URI.createFileURI(file.toAbsolutePath().normalize().toString()), bytes);
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
