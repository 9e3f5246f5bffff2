package io.atflow.launch.config;

import java.util.Arrays;
import java.util.List;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.Parity;
import io.atflow.engine.transport.StopBits;

/** The choices of the Main tab's serial settings, and lenient reading of stored values (unknown → default). */
public final class SerialOptions {
    /** Speeds offered in the baud combo (any positive number may be typed). */
    public static final List<Integer> BAUDS = List.of(9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600,
            3000000);
    public static final List<Integer> DATA_BITS = List.of(8, 7, 6, 5);

    private SerialOptions() {
    }

    static Parity parity(String name) {
        return Arrays.stream(Parity.values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .orElse(Parity.NONE);
    }

    static StopBits stopBits(String text) {
        return Arrays.stream(StopBits.values()).filter(s -> s.text().equals(text)).findFirst().orElse(StopBits.ONE);
    }

    static FlowControl flowControl(String text) {
        return Arrays.stream(FlowControl.values()).filter(f -> f.text().equalsIgnoreCase(text)).findFirst()
                .orElse(FlowControl.NONE);
    }

    /** {@code None}, {@code Odd}, ... for the parity combo. */
    public static String label(Parity p) {
        return p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code None}, {@code RTS/CTS}, {@code XON/XOFF} for the flow control combo. */
    public static String label(FlowControl f) {
        return switch (f) {
            case NONE -> "None";
            case RTS_CTS -> "RTS/CTS";
            case XON_XOFF -> "XON/XOFF";
        };
    }
}
