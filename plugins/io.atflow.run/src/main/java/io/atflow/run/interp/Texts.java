package io.atflow.run.interp;

import java.util.List;

/** Small text helpers for messages. */
public final class Texts {
    /** Longest quotation of module output in a message. */
    public static final int MAX_QUOTE = 200;

    private Texts() {
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
