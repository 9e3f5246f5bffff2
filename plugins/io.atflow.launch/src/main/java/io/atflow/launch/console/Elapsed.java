package io.atflow.launch.console;

import java.time.Duration;
import java.util.Locale;

/** Durations for humans: {@code 312 ms}, {@code 2.3 s}, {@code 1 min 5 s}. */
public final class Elapsed {
    private Elapsed() {
    }

    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        return s / 60 + " min " + s % 60 + " s";
    }
}
