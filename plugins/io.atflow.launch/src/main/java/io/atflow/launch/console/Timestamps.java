package io.atflow.launch.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The time of day shown in front of console lines and in the URC view: {@code 12:00:01.234}, local time. */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private Timestamps() {
    }

    public static String format(Instant time) {
        return FORMAT.format(time.atZone(ZoneId.systemDefault()));
    }

    public static String format(Instant time, ZoneId zone) {
        return FORMAT.format(time.atZone(zone));
    }
}
