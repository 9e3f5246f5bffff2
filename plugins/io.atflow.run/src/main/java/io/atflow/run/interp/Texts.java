package io.atflow.run.interp;

import java.time.Duration;
import java.util.List;

import io.atflow.lang.model.Durations;

/** Small text helpers for messages. */
public final class Texts {
    /** Longest quotation of module output in a message. */
    public static final int MAX_QUOTE = 200;

    private Texts() {
    }

    /** A duration as a script writes it ({@link Durations#format}): {@code 500ms}, {@code 10s}, {@code 1500ms}. */
    public static String duration(Duration d) {
        return Durations.format(d);
    }

    /** {@code text} cut to {@link #MAX_QUOTE} characters. */
    public static String quote(String text) {
        String t = text.replace("\r", "\\r").replace("\n", "\\n");
        return t.length() <= MAX_QUOTE ? t : t.substring(0, MAX_QUOTE) + "...";
    }

    /** The lines as one quotation: {@code +CSQ: 99,99, OK}. */
    public static String lines(List<String> lines) {
        return quote(String.join(", ", lines));
    }
}
