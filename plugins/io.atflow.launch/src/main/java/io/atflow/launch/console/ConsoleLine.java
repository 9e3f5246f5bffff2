package io.atflow.launch.console;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

import io.atflow.run.RunEventText;

/**
 * One line of a run console or the AT console: {@code 12:00:01.234  > AT+QMTOPEN=0,"host",1883}. Texts are masked
 * already (the engine and the interpreter mask secrets before they publish events).
 */
public record ConsoleLine(Instant time, RunEventText.Kind kind, String text) {
    /** Between the timestamp and the text. */
    public static final String GAP = "  ";

    public ConsoleLine {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The line as shown, without a line end; continuation lines of a multi-line text are indented. */
    public String format() {
        return format(ZoneId.systemDefault());
    }

    public String format(ZoneId zone) {
        return RunEventText.format(time, zone, kind, text);
    }
}
