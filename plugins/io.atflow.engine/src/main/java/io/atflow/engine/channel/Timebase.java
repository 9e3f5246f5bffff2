package io.atflow.engine.channel;

import java.time.Instant;

/** Maps {@link System#nanoTime()} readings to wall-clock instants relative to one start instant. */
public record Timebase(Instant start, long startNanos) {
    public static Timebase now() {
        return new Timebase(Instant.now(), System.nanoTime());
    }

    public Instant instant(long nanos) {
        return start.plusNanos(nanos - startNanos);
    }

    /** Microseconds since the start. */
    public long micros(long nanos) {
        return (nanos - startNanos) / 1000;
    }
}
