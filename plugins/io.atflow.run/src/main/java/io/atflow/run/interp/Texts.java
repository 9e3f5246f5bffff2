package io.atflow.run.interp;

import java.time.Duration;
import java.util.List;

/** Small text helpers for messages. */
public final class Texts {
    /** Longest quotation of module output in a message. */
    public static final int MAX_QUOTE = 200;

    private Texts() {
    }

    /** A duration as a script writes it: {@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 5m}, {@code 1h}. */
    public static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms >= 3_600_000 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms >= 60_000 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms >= 1000 && ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        if (ms > 1000) {
            return String.format(java.util.Locale.ROOT, "%.1fs", ms / 1000.0);
        }
        return ms + "ms";
    }

    /** {@code text} cut to {@link #MAX_QUOTE} characters. */
    public static String quote(String text) {
        String t = text.replace("\r", "\\r").replace("\n", "\\n");
        return t.length() <= MAX_QUOTE ? t : t.substring(0, MAX_QUOTE) + "...";
    }

    /** The lines as one quotation: {@code +CSQ: 99,99, OK}. */
    public static String lines(List<String> lines) {
        return quote(String.join(", ", lines));
    }
}
