package io.atflow.engine.text;

import java.time.Duration;
import java.util.Locale;

/**
 * Durations for people, the one wording of messages, consoles and verdicts: {@code 200 ms}, {@code 75 s},
 * {@code 1.5 s}, {@code 1 min 5 s}, {@code 10 min}. (Durations as a script writes them are the language's.)
 */
public final class DurationText {
    private DurationText() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        return s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }
}
