package io.atflow.launch.console;

import java.time.Instant;
import java.time.ZoneId;

import io.atflow.run.RunEventText;

/** The time of day shown in front of console lines and in the URC view: {@code 12:00:01.234}, local time. */
public final class Timestamps {
    private Timestamps() {
    }

    public static String format(Instant time) {
        return RunEventText.stamp(time, ZoneId.systemDefault());
    }

    public static String format(Instant time, ZoneId zone) {
        return RunEventText.stamp(time, zone);
    }
}
