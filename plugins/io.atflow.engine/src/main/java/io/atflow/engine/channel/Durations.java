package io.atflow.engine.channel;

import java.time.Duration;

/** Formats durations for messages: {@code 75 s}, {@code 1.5 s}, {@code 200 ms}. */
public final class Durations {
    private Durations() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
