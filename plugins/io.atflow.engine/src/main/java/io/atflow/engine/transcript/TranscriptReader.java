package io.atflow.engine.transcript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses what {@link TranscriptWriter} writes back into entries (time, kind, bytes). A cut last line (the writer
 * was killed mid-line) is tolerated: kept when it still parses, dropped otherwise. Any other malformed line fails
 * with {@code file:line: message}.
 */
public final class TranscriptReader {
    private static final Pattern HEADER = Pattern
            .compile(Pattern.quote(TranscriptFormat.MAGIC) + " (\\d+) start=(\\S+) port=(.*)");
    private static final Pattern ENTRY = Pattern.compile("(\\d+)\\.(\\d{6}) ([A-Z]+)(?: (.*))?");

    private TranscriptReader() {
    }

    public static Transcript read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** @param source the name used in error messages */
    public static Transcript parse(String text, String source) throws TranscriptFormatException {
        boolean cut = !text.isEmpty() && !text.endsWith("\n");
        String[] lines = text.split("\n", -1);
        int count = cut ? lines.length : lines.length - 1;
        if (count <= 0 || lines[0].isEmpty()) {
            throw new TranscriptFormatException(source + ":1: empty file; a transcript starts with "
                    + TranscriptFormat.MAGIC);
        }
        Matcher h = HEADER.matcher(lines[0]);
        if (!h.matches()) {
            throw new TranscriptFormatException(source + ":1: not an ATFlow transcript (the first line must start with "
                    + TranscriptFormat.MAGIC + " <version> start=... port=...)");
        }
        int version = Integer.parseInt(h.group(1));
        if (version > TranscriptFormat.VERSION) {
            throw new TranscriptFormatException(source + ":1: transcript format " + version
                    + " is newer than this reader (" + TranscriptFormat.VERSION + ")");
        }
        Instant start;
        try {
            start = Instant.parse(h.group(2));
        } catch (DateTimeParseException e) {
            throw new TranscriptFormatException(source + ":1: start \"" + h.group(2) + "\" is not an ISO-8601 instant");
        }
        List<TranscriptEntry> entries = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                entries.add(entry(line));
            } catch (IllegalArgumentException e) {
                if (cut && i == count - 1) {
                    break;
                }
                throw new TranscriptFormatException(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Transcript(version, start, h.group(3), entries);
    }

    private static TranscriptEntry entry(String line) {
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
            throw new IllegalArgumentException("not \"<seconds>.<microseconds> <TAG> <data>\"");
        }
        TranscriptEntry.Kind kind = TranscriptEntry.Kind.ofTag(m.group(3));
        if (kind == null) {
            throw new IllegalArgumentException("unknown tag " + m.group(3) + " (expected TX, RX, URC, RES or NOTE)");
        }
        long micros = Long.parseLong(m.group(1)) * 1_000_000 + Long.parseLong(m.group(2));
        return new TranscriptEntry(micros, kind, TranscriptFormat.unescape(m.group(4) == null ? "" : m.group(4)));
    }
}
