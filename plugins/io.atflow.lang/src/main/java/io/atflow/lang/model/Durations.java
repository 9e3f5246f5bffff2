package io.atflow.lang.model;

import java.time.Duration;

/** Durations as written in scripts: {@code 500ms}, {@code 30s}, {@code 10m}, {@code 1h}. */
public final class Durations {
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
}
