package io.atflow.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one wording of durations for people. The five copies disagreed: the CLI wrote {@code 75.0 s} and
 * {@code 65.0 s}, an await timeout {@code 1.25 s} unrounded, the Eclipse console {@code 1 min 5 s}; whole seconds
 * stay whole, one decimal otherwise, minutes from one minute on.
 */
class DurationTextTest {
    @ParameterizedTest
    @CsvSource({ "0, 0 ms", "50, 50 ms", "999, 999 ms", "1000, 1 s", "1250, 1.3 s", "2300, 2.3 s", "75000, 1 min 15 s",
        "59900, 59.9 s", "60000, 1 min", "65000, 1 min 5 s", "600000, 10 min" })
    void formats(long millis, String expected) {
        assertEquals(expected, DurationText.format(Duration.ofMillis(millis)));
    }
}
