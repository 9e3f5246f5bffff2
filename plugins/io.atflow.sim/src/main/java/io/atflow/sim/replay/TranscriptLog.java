package io.atflow.sim.replay;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.atflow.engine.transcript.Transcript;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptFormat;
import io.atflow.engine.transcript.TranscriptFormatException;
import io.atflow.engine.transcript.TranscriptReader;

/**
 * Turns an ATFlow session transcript (the engine's format) into a {@link ModuleLog}: a TX that is a command line
 * starts an exchange, other TX entries are its payloads, RX bytes until the next command are what the module said.
 * Log line numbers point at the transcript's RX entries. Secrets the transcript masked ({@code ****}) cannot be
 * replayed; such commands will not match.
 */
public final class TranscriptLog {
    private TranscriptLog() {
    }

    public static boolean isTranscript(String text) {
        return text.startsWith(TranscriptFormat.MAGIC);
    }

    public static ModuleLog parse(String source, String text) throws TranscriptFormatException {
        Transcript t = TranscriptReader.parse(text, source);
        List<Integer> numbers = entryLines(text);
        List<LogLine> preamble = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        Builder current = null;
        List<TranscriptEntry> entries = t.entries();
        for (int i = 0; i < entries.size(); i++) {
            TranscriptEntry e = entries.get(i);
            int line = i < numbers.size() ? numbers.get(i) : 0;
            if (e.kind() == TranscriptEntry.Kind.TX) {
                String sent = e.text();
                String trimmed = sent.strip();
                if (sent.endsWith("\r") || sent.endsWith("\r\n")) {
                    if (trimmed.length() >= 2 && trimmed.substring(0, 2).equalsIgnoreCase("AT")) {
                        if (current != null) {
                            exchanges.add(current.build());
                        }
                        current = new Builder(new LogLine(line, trimmed));
                        continue;
                    }
                }
                if (current != null) {
                    current.payloads.add(sent);
                }
            } else if (e.kind() == TranscriptEntry.Kind.RX) {
                if (current == null) {
                    preamble.addAll(Builder.split(e.bytes(), line));
                } else {
                    current.received(e.bytes(), line);
                }
            }
        }
        if (current != null) {
            exchanges.add(current.build());
        }
        return new ModuleLog(source, preamble, exchanges);
    }

    /** The file line of each entry, in entry order (header, blank and comment lines skipped). */
    private static List<Integer> entryLines(String text) {
        List<Integer> numbers = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty() && !lines[i].startsWith("#")) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private static final class Builder {
        final LogLine command;
        final List<String> payloads = new ArrayList<>();
        final ByteArrayOutputStream rx = new ByteArrayOutputStream();
        final List<LogLine> expected = new ArrayList<>();
        int rxLine;

        Builder(LogLine command) {
            this.command = command;
        }

        void received(byte[] bytes, int line) {
            if (rx.size() == 0) {
                rxLine = line;
            }
            for (byte b : bytes) {
                if (b == '\n') {
                    flush();
                } else {
                    rx.write(b);
                }
            }
        }

        private void flush() {
            String text = rx.toString(StandardCharsets.UTF_8).replace("\r", "");
            rx.reset();
            if (!text.isBlank()) {
                expected.add(new LogLine(rxLine, text));
            }
        }

        Exchange build() {
            if (rx.size() > 0) {
                flush();
            }
            return new Exchange(command, expected, payloads, true);
        }

        static List<LogLine> split(byte[] bytes, int line) {
            List<LogLine> out = new ArrayList<>();
            for (String s : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                String text = s.replace("\r", "");
                if (!text.isBlank()) {
                    out.add(new LogLine(line, text));
                }
            }
            return out;
        }
    }
}
