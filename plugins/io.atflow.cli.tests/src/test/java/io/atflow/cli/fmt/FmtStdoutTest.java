package io.atflow.cli.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.Main;

/** {@code atflow fmt --stdout FILE}: git's textconv; prints the canonical layout and never touches the file. */
class FmtStdoutTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result atflow(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // an ASCII-only console charset: the output must still be the file's UTF-8, not '?' for each non-ASCII char
        int code = Main.standard().execute(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.US_ASCII),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheCanonicalLayoutAndLeavesTheFileAlone() throws IOException {
        Path f = Files.writeString(dir.resolve("m.atflow"), FmtCommandTest.MESSY);
        Result r = atflow("fmt", "--stdout", f.toString());
        assertEquals(new Result(0, FmtCommandTest.CANONICAL, ""), r);
        assertEquals(FmtCommandTest.MESSY, Files.readString(f));
    }

    @Test
    void nonAsciiTextComesOutAsUtf8() throws IOException {
        Path f = Files.writeString(dir.resolve("u.atflow"), "log    \"温度 23.9 °C\"\n", StandardCharsets.UTF_8);
        assertEquals(new Result(0, "log \"温度 23.9 °C\"\n", ""), atflow("fmt", "--stdout", f.toString()));
    }

    @Test
    void aFileThatDoesNotParseIsPrintedUnchangedWithItsErrorsOnStderr() throws IOException {
        String broken = "step   \"a\" {\n  send\n";
        Path f = Files.writeString(dir.resolve("b.atflow"), broken);
        Result r = atflow("fmt", "--stdout", f.toString());
        assertEquals(1, r.code());
        assertEquals(broken, r.out());
        // line 2, column 7: the end of "  send", where a command is missing (same position as FmtCommandTest)
        assertTrue(r.err().startsWith(f + ":2:7: error: "), r.err());
        assertEquals(broken, Files.readString(f));
    }

    @Test
    void exitZeroKeepsTheOutputAndTheErrorsButNotTheExitCode() throws IOException {
        String broken = "step   \"a\" {\n  send\n";
        Path f = Files.writeString(dir.resolve("b.atflow"), broken);
        Result r = atflow("fmt", "--stdout", "--exit-zero", f.toString());
        assertEquals(0, r.code());
        assertEquals(broken, r.out());
        assertTrue(r.err().startsWith(f + ":2:7: error: "), r.err());
        assertEquals(2, atflow("fmt", "--exit-zero", f.toString()).code());
    }

    @Test
    void takesExactlyOneFileAndNoCheck() throws IOException {
        Path f = Files.writeString(dir.resolve("t.atflow"), FmtCommandTest.CANONICAL);
        assertEquals(2, atflow("fmt", "--stdout", f.toString(), f.toString()).code());
        assertEquals(2, atflow("fmt", "--stdout", "--check", f.toString()).code());
        assertEquals(2, atflow("fmt", "--stdout").code());
        Result missing = atflow("fmt", "--stdout", dir.resolve("none.atflow").toString());
        assertEquals(new Result(2, "", "atflow fmt: no such file: " + dir.resolve("none.atflow") + "\n"), missing);
    }
}
