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

/** {@code atflow fmt [--check]}: rewrites in place, lists files that would change, leaves broken files alone. */
class FmtCommandTest {
    static final String MESSY = "step   \"a\" {  send AT+CSQ   expect +CSQ: {rssi},{ber}\n}\n";
    static final String CANONICAL = "step \"a\" {\n  send AT+CSQ expect +CSQ: {rssi},{ber}\n}\n";

    @TempDir
    Path dir;

    static int atflow(ByteArrayOutputStream out, String... args) {
        return Main.standard().execute(Arrays.asList(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void checkListsFilesThatWouldChangeWithoutTouchingThem() throws IOException {
        Path messy = Files.writeString(dir.resolve("m.atflow"), MESSY);
        Path tidy = Files.writeString(dir.resolve("t.atflow"), CANONICAL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, atflow(out, "fmt", "--check", messy.toString(), tidy.toString()));
        assertEquals(messy + "\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(MESSY, Files.readString(messy));
        assertEquals(0, atflow(new ByteArrayOutputStream(), "fmt", "--check", tidy.toString()));
    }

    @Test
    void rewritesInPlaceAndIsIdempotent() throws IOException {
        Path messy = Files.writeString(dir.resolve("m.atflow"), MESSY);
        assertEquals(0, atflow(new ByteArrayOutputStream(), "fmt", messy.toString()));
        assertEquals(CANONICAL, Files.readString(messy));
        assertEquals(0, atflow(new ByteArrayOutputStream(), "fmt", "--check", messy.toString()));
    }

    @Test
    void filesThatDoNotParseAreLeftAlone() throws IOException {
        String broken = "step \"a\" {\n  send\n";
        Path f = Files.writeString(dir.resolve("b.atflow"), broken);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(1, atflow(out, "fmt", f.toString()));
        assertEquals(broken, Files.readString(f));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(f + ":2:7: error: "), out.toString(StandardCharsets.UTF_8));
    }
}
