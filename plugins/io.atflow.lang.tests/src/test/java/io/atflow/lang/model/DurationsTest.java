package io.atflow.lang.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Script durations read and written in one place. The grammar's DURATION terminal is a whole number and one unit
 * (ms, s, m, h), so 90 seconds is written {@code 90s} (there is no {@code 1m30s}) and 1.5 s is {@code 1500ms}.
 */
class DurationsTest {
    @ParameterizedTest
    @CsvSource({ "90000, 90s", "120000, 2m", "1500, 1500ms", "500, 500ms", "3600000, 1h", "5400000, 90m",
        "75000, 75s", "86400000, 24h", "1000, 1s", "0, 0s" })
    void writesTheLargestExactUnit(long millis, String text) {
        assertEquals(text, Durations.format(Duration.ofMillis(millis)));
        assertEquals(Duration.ofMillis(millis), Durations.parse(text));
    }

    @Test
    void everyWrittenDurationReadsBackAsItself() {
        for (long ms = 0; ms < 200_000; ms += 7) {
            Duration d = Duration.ofMillis(ms);
            assertEquals(d, Durations.parse(Durations.format(d)), Durations.format(d));
        }
        for (long ms = 0; ms < 48L * 3_600_000; ms += 59_000) {
            Duration d = Duration.ofMillis(ms);
            assertEquals(d, Durations.parse(Durations.format(d)), Durations.format(d));
        }
    }

    @Test
    void aNegativeDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Durations.format(Duration.ofSeconds(-1)));
    }
}
