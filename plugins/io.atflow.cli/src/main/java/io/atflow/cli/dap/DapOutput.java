package io.atflow.cli.dap;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream whose lines become {@code output} events of one category, so what {@code atflow run} prints (the console
 * lines, a script's diagnostics, the verdict) reaches the client's debug console in the same words.
 */
final class DapOutput extends OutputStream {
    private final DapEvents events;
    private final String category;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private DapOutput(DapEvents events, String category) {
        this.events = events;
        this.category = category;
    }

    /** A print stream sending each line as an {@code output} event of {@code category}. */
    static PrintStream stream(DapEvents events, String category) {
        return new PrintStream(new DapOutput(events, category), true, StandardCharsets.UTF_8);
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            flushLine();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void close() {
        if (line.size() > 0) {
            line.write('\n');
            flushLine();
        }
    }

    private void flushLine() {
        String text = line.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        line.reset();
        events.output(category, text);
    }
}
