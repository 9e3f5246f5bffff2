package io.atflow.engine.transcript;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One transcript line.
 *
 * @param micros microseconds since the transcript's start
 * @param kind   what the entry records
 * @param bytes  the bytes sent or received (TX, RX) or the UTF-8 text of an annotation (URC, RES, NOTE)
 */
public record TranscriptEntry(long micros, Kind kind, byte[] bytes) {
    /** Entry tags as written in the file. */
    public enum Kind {
        TX, RX, URC, RES, NOTE;

        /** The tag as written, ASCII. */
        final byte[] tag = name().getBytes(StandardCharsets.US_ASCII);

        static Kind ofTag(String tag) {
            try {
                return valueOf(tag.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    public Duration offset() {
        return Duration.ofNanos(micros * 1000);
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The line as written to the file (without its line end). */
    public String format() {
        StringBuilder sb = new StringBuilder(bytes.length + 24);
        sb.append(TranscriptFormat.seconds(micros)).append(' ').append(kind.name()).append(' ');
        TranscriptFormat.escape(bytes, 0, bytes.length, sb);
        return sb.toString();
    }
}
