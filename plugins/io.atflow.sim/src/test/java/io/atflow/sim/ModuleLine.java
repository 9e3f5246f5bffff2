package io.atflow.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.atflow.sim.replay.LineReader;

/** A test's end of the serial line: send commands and data, expect lines. */
public final class ModuleLine implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private final ModuleConnection connection;
    private final LineReader reader;

    public ModuleLine(ModuleConnection connection) {
        this.connection = connection;
        this.reader = new LineReader(connection.fromModule());
    }

    public static ModuleLine open(SimulatedModule module) {
        return new ModuleLine(module.open());
    }

    public ModuleLine send(String command) {
        return write((command + "\r").getBytes(StandardCharsets.UTF_8));
    }

    public ModuleLine write(byte[] bytes) {
        try {
            connection.toModule().write(bytes);
            connection.toModule().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public ModuleLine write(String text) {
        return write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The next lines must be exactly these (blank framing lines are skipped). */
    public ModuleLine expect(String... lines) {
        for (String expected : lines) {
            assertEquals(expected, next(), "line from the module");
        }
        return this;
    }

    public String next() {
        return reader.nextLine(WAIT).orElseGet(() -> fail("no line from the module within " + WAIT
                + "; partial line: \"" + reader.partialLine() + "\""));
    }

    /** Lines an exchange may take before its final result (a module that never ends its answer fails the test). */
    static final int MAX_ANSWER_LINES = 1000;

    /** Sends {@code command} (echo off assumed) and returns the lines up to and including the final result. */
    public List<String> exchange(String command) {
        send(command);
        List<String> lines = new ArrayList<>();
        while (lines.size() < MAX_ANSWER_LINES) {
            String line = next();
            lines.add(line);
            if (line.equals("OK") || line.equals("ERROR") || line.startsWith("+CME ERROR:")) {
                return lines;
            }
        }
        return fail(command + " got " + MAX_ANSWER_LINES + " lines without a final result code, the last: "
                + lines.get(lines.size() - 1));
    }

    public ModuleLine awaitPrompt() {
        assertTrue(reader.awaitPrompt(WAIT), "no > prompt; partial line: \"" + reader.partialLine() + "\"");
        return this;
    }

    /** Nothing more arrives for {@code quiet}. */
    public void expectSilence(Duration quiet) {
        List<String> extra = reader.drain(quiet);
        assertEquals(List.of(), extra, "unexpected lines from the module");
    }

    public LineReader reader() {
        return reader;
    }

    @Override
    public void close() {
        connection.close();
    }
}
