package io.atflow.lang.model;

import java.time.Duration;

/**
 * Durations as written in scripts: a whole number and its unit, {@code 500ms}, {@code 90s}, {@code 10m}, {@code 1h}.
 * The one place that reads them and writes them: {@code parse(format(d))} is {@code d} for every whole number of
 * milliseconds.
 */
public final class Durations {
    private static final long[] UNIT_MILLIS = { 3_600_000, 60_000, 1000 };
    private static final String[] UNITS = { "h", "m", "s" };

    private Durations() {
    }

    public static Duration parse(String text) {
        int unit = 0;
        while (unit < text.length() && Character.isDigit(text.charAt(unit))) {
            unit++;
        }
        long n;
        try {
            n = Long.parseLong(text.substring(0, unit));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("duration " + text + " is too large");
        }
        return switch (text.substring(unit)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> throw new IllegalArgumentException("duration " + text + " needs a unit: ms, s, m or h");
        };
    }

    /**
     * {@code d} as a script writes it, in the largest unit that holds it exactly: {@code 90s}, {@code 2m},
     * {@code 1500ms}, {@code 0s}; less than a millisecond is dropped.
     *
     * @throws IllegalArgumentException for a negative duration, which a script cannot write
     */
    public static String format(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a script cannot write the negative duration " + d);
        }
        long ms = d.toMillis();
        if (ms == 0) {
            return "0s";
        }
        for (int i = 0; i < UNITS.length; i++) {
            if (ms % UNIT_MILLIS[i] == 0) {
                return ms / UNIT_MILLIS[i] + UNITS[i];
            }
        }
        return ms + "ms";
    }
}
