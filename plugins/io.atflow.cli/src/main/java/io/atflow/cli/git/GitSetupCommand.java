package io.atflow.cli.git;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.cli.Options;

/**
 * {@code atflow git-setup [--global]}: makes git diff {@code .atflow} files through the {@code atflow} diff driver.
 * Writes {@code *.atflow diff=atflow} into the repository's {@code .gitattributes} and sets the driver in the git
 * config: {@code textconv} compares the canonical layout ({@code atflow fmt --stdout --exit-zero}: a file that does
 * not parse comes out unchanged, and exit 0 because git aborts the whole diff on a failing textconv), so a
 * formatting-only change shows no diff, and {@code xfuncname} makes hunk headers name the enclosing top-level element. Idempotent.
 */
public final class GitSetupCommand implements Command {
    static final String ATTRIBUTE = "*.atflow diff=atflow";
    /**
     * POSIX extended regex (git's xfuncname): a top-level step, handler or declaration. The textconv output is the
     * canonical layout, where exactly these start in column 0 followed by one blank; nested statements are indented.
     */
    static final String XFUNCNAME = "^((step|on|device|product|payload|var|include) .*)$";

    private final Path dir;
    private final String launcher;
    private final Map<String, String> gitEnvironment;

    /** In the working directory; the launcher path comes from {@code ./atflow} (system property atflow.launcher). */
    public GitSetupCommand() {
        this(Path.of("").toAbsolutePath(), System.getProperty("atflow.launcher"), Map.of());
    }

    /**
     * @param launcher       the {@code atflow} launcher written into the textconv command (null: not started by it)
     * @param gitEnvironment variables added to every git call
     */
    public GitSetupCommand(Path dir, String launcher, Map<String, String> gitEnvironment) {
        this.dir = dir;
        this.launcher = launcher;
        this.gitEnvironment = gitEnvironment;
    }

    @Override
    public String name() {
        return "git-setup";
    }

    @Override
    public String synopsis() {
        return "git-setup [--global]                  # git diff of .atflow: layout ignored, hunk headers name the step";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        Options o = Options.parse(args, Set.of(), Set.of("global"));
        if (!o.positionals().isEmpty()) {
            throw CliException.usage("git-setup takes no arguments, only --global");
        }
        if (launcher == null || launcher.isBlank()) {
            throw CliException.usage("start git-setup through the launcher (./atflow git-setup): its path goes into "
                    + "the git config");
        }
        Git git = new Git(dir, gitEnvironment);
        Git.Result top = git.run("rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            throw CliException.usage(dir + " is not inside a git work tree; run git-setup in a clone (or after git init)");
        }
        Path attributes = Path.of(top.out().strip()).resolve(".gitattributes");
        boolean added = GitAttributes.ensure(attributes, ATTRIBUTE);
        out.println((added ? "wrote:     " : "unchanged: ") + attributes + ": " + ATTRIBUTE);
        String scope = o.has("global") ? "--global" : "--local";
        String textconv = shellWord(Path.of(launcher).toAbsolutePath().toString()) + " fmt --stdout --exit-zero";
        configure(git, scope, "diff.atflow.xfuncname", XFUNCNAME, out);
        configure(git, scope, "diff.atflow.textconv", textconv, out);
        return 0;
    }

    private static void configure(Git git, String scope, String key, String value, PrintStream out)
            throws CliException {
        String shown = "git config " + scope + " " + key + " " + shellWord(value);
        Git.Result current = git.run("config", scope, "--get", key);
        if (current.code() == 0 && current.out().equals(value + "\n")) {
            out.println("unchanged: " + shown);
            return;
        }
        Git.Result set = git.run("config", scope, key, value);
        if (set.code() != 0) {
            throw CliException.usage("git config " + scope + " " + key + " failed: " + set.firstErrorLine());
        }
        out.println("wrote:     " + shown);
    }

    /** The text as one POSIX shell word (git runs textconv through the shell). */
    static String shellWord(String text) {
        return text.matches("[A-Za-z0-9_./+:=-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}
