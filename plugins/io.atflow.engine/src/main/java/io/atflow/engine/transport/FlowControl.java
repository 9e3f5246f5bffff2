package io.atflow.engine.transport;

import java.util.Locale;

/** Serial flow control. */
public enum FlowControl {
    NONE("none"), RTS_CTS("rtscts"), XON_XOFF("xonxoff");

    private final String text;

    FlowControl(String text) {
        this.text = text;
    }

    /** The canonical spelling used in settings strings: {@code none}, {@code rtscts}, {@code xonxoff}. */
    public String text() {
        return text;
    }

    /** Accepts the canonical spelling and common aliases ({@code rts/cts}, {@code hardware}, {@code software}). */
    public static FlowControl parse(String s) throws TransportException {
        String k = s.trim().toLowerCase(Locale.ROOT).replace("/", "").replace("-", "").replace("_", "");
        return switch (k) {
            case "none", "off", "no" -> NONE;
            case "rtscts", "hardware", "hw", "crtscts" -> RTS_CTS;
            case "xonxoff", "software", "sw" -> XON_XOFF;
            default -> throw new TransportException(
                    "unknown flow control \"" + s + "\"; use none, rtscts or xonxoff");
        };
    }
}
