package io.atflow.cli.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.CliException;
import io.atflow.cli.CliJvm;
import io.atflow.cli.Main;

/**
 * {@code atflow git-setup} against a scratch repository made by the system git, then real {@code git diff}s through
 * the driver it configured. Git never reads the user's global or system config here (GIT_CONFIG_GLOBAL points at a
 * scratch file, GIT_CONFIG_NOSYSTEM=1).
 */
class GitSetupCommandTest {
    /** Written by hand from the task: top-level step, on and declarations, in git's POSIX extended regex. */
    static final String XFUNCNAME = "^((step|on|device|product|payload|var|include) .*)$";

    @TempDir
    Path tmp;
    Path repo;
    Path globalConfig;
    Path launcher;
    Map<String, String> env;

    record Result(int code, String out, String err) {
    }

    @BeforeEach
    void scratchRepository() throws IOException, CliException {
        repo = Files.createDirectories(tmp.resolve("repo"));
        globalConfig = Files.writeString(tmp.resolve("global.gitconfig"), "");
        env = Map.of("GIT_CONFIG_GLOBAL", globalConfig.toString(), "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_CEILING_DIRECTORIES", tmp.toString());
        assertEquals(0, git("init", "-q").code());
        launcher = wrapper(Files.createDirectories(tmp.resolve("my tools")).resolve("atflow"));
    }

    /** Stands in for ./atflow: runs the CLI's Main on this test's class path with the launcher's JVM options. */
    static Path wrapper(Path file) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        StringBuilder exec = new StringBuilder("#!/bin/sh\nexec");
        for (String word : CliJvm.command()) {
            exec.append(' ').append(GitSetupCommand.shellWord(word));
        }
        Files.writeString(file, exec + " -cp " + GitSetupCommand.shellWord(cp) + " io.atflow.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /**
     * The test's own git calls: a diff runs the textconv driver, one JVM per side, each parsing a script; on a
     * loaded machine (CI, test classes side by side) that takes longer than the product's bound on a git call.
     */
    static final long TEST_GIT_SECONDS = 300;

    Git.Result git(String... args) throws CliException {
        return new Git(repo, env, TEST_GIT_SECONDS).run(args);
    }

    Result setup(Path in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new java.util.ArrayList<>(List.of("git-setup"));
        all.addAll(Arrays.asList(args));
        int code = new Main(List.of(new GitSetupCommand(in, launcher.toString(), env))).execute(all,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesTheAttributeAndTheDriverOnceKeepingWhatWasThere() throws IOException, CliException {
        Files.writeString(repo.resolve(".gitattributes"), "*.png binary");
        Path sub = Files.createDirectories(repo.resolve("examples/common"));
        Result first = setup(sub);
        assertEquals(0, first.code(), first.err());
        assertEquals("*.png binary\n*.atflow diff=atflow\n", Files.readString(repo.resolve(".gitattributes")));
        assertEquals(XFUNCNAME + "\n", git("config", "--local", "--get", "diff.atflow.xfuncname").out());
        // the launcher's directory has a blank: single-quoted for the shell git runs textconv with
        assertEquals("'" + launcher + "' fmt --stdout --exit-zero\n", git("config", "--local", "--get", "diff.atflow.textconv").out());
        assertEquals(3, first.out().lines().filter(l -> l.startsWith("wrote: ")).count(), first.out());
        assertEquals("", Files.readString(globalConfig));

        byte[] config = Files.readAllBytes(repo.resolve(".git/config"));
        Result second = setup(sub);
        assertEquals(0, second.code(), second.err());
        assertEquals("*.png binary\n*.atflow diff=atflow\n", Files.readString(repo.resolve(".gitattributes")));
        assertTrue(Arrays.equals(config, Files.readAllBytes(repo.resolve(".git/config"))));
        assertEquals(3, second.out().lines().filter(l -> l.startsWith("unchanged: ")).count(), second.out());
    }

    @Test
    void globalWritesTheUserConfigInstead() throws IOException, CliException {
        Result r = setup(repo, "--global");
        assertEquals(0, r.code(), r.err());
        assertEquals(XFUNCNAME + "\n", git("config", "--global", "--get", "diff.atflow.xfuncname").out());
        assertTrue(Files.readString(globalConfig).contains("[diff \"atflow\"]"), Files.readString(globalConfig));
        assertFalse(Files.readString(repo.resolve(".git/config")).contains("atflow"));
        assertEquals("*.atflow diff=atflow\n", Files.readString(repo.resolve(".gitattributes")));
    }

    @Test
    void outsideARepositoryItSaysSoInOneSentence() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain"));
        Result r = setup(plain);
        assertEquals(new Result(2, "", "atflow git-setup: " + plain
                + " is not inside a git work tree; run git-setup in a clone (or after git init)\n"), r);
        assertFalse(Files.exists(plain.resolve(".gitattributes")));
    }

    @Test
    void gitDiffIgnoresLayoutAndHunkHeadersNameTheStep() throws IOException, CliException {
        assertEquals(0, setup(repo).code());
        // canonical layout (as FmtCommandTest's CANONICAL: 2-blank indent, one blank between words); the text block
        // puts "second line" in column 0, which git's default funcname rule would take for a header
        String canonical = """
                device meter {
                  productKey "a1"
                }

                step "report" {
                  log \"""first line
                second line\"""
                  send AT+CSQ
                  send AT+CREG?
                  send AT+CGATT?
                  send AT+QMTCLOSE=0
                }
                """;
        Path script = Files.writeString(repo.resolve("s.atflow"), canonical);
        assertEquals(0, git("add", "s.atflow").code());

        Files.writeString(script, canonical.replace("device meter {", "device    meter   {")
                .replace("  send AT+CSQ\n", "send   AT+CSQ  ").replace("  send AT+CGATT?", "\t\tsend AT+CGATT?"));
        assertFalse(git("diff", "--no-textconv").out().isEmpty(), "the bytes differ");
        Git.Result layoutOnly = git("diff");
        assertEquals(new Git.Result(0, "", ""), layoutOnly);

        Files.writeString(script, canonical.replace("AT+QMTCLOSE=0", "AT+QMTCLOSE=1"));
        Git.Result changed = git("diff");
        assertEquals(0, changed.code(), changed.err());
        // line 11 changed; git's 3 lines of context make the hunk lines 8-12, and the header is the nearest line
        // above line 8 that matches xfuncname, searching upwards from line 7: line 5
        assertTrue(changed.out().contains("\n@@ -8,5 +8,5 @@ step \"report\" {\n"), changed.out());
    }

    @Test
    void aScriptThatDoesNotParseStillGetsADiff() throws IOException, CliException {
        assertEquals(0, setup(repo).code());
        Path script = Files.writeString(repo.resolve("b.atflow"), "step \"a\" {\n  send\n");
        assertEquals(0, git("add", "b.atflow").code());
        Files.writeString(script, "step \"a\" {\n  send AT\n");
        Git.Result diff = git("diff");
        // git aborts the whole diff ("unable to read files to diff") when textconv exits non-zero
        assertEquals(0, diff.code(), diff.err());
        assertTrue(diff.out().endsWith("@@ -1,2 +1,2 @@\n step \"a\" {\n-  send\n+  send AT\n"), diff.out());
        // the old side, from git's temporary copy of the staged file: line 2, column 7 as in FmtStdoutTest
        assertTrue(diff.err().contains("b.atflow:2:7: error: "), diff.err());
    }
}
