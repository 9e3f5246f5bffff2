package io.atflow.engine.transport;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to drive a serial port: device, speed, frame and flow control. The textual form is
 * {@code <baud> <data bits><parity letter><stop bits> [flow control]}, e.g. {@code 115200 8N1} or
 * {@code 921600 8N1 rtscts}; {@link #parse} reads it and {@link #format} writes it.
 */
public record SerialSettings(String port, int baud, int dataBits, Parity parity, StopBits stopBits,
        FlowControl flowControl) {
    /** Quectel modules' factory default rate. */
    public static final int DEFAULT_BAUD = 115200;
    private static final Pattern FRAME = Pattern.compile("([5-8])([NOEMSnoems])(1|1\\.5|2)");

    public SerialSettings {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        if (port.isBlank()) {
            throw new IllegalArgumentException("serial port name must not be empty");
        }
        if (baud <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, not " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8, not " + dataBits);
        }
    }

    /** {@code port} at 115200 8N1 without flow control. */
    public static SerialSettings of(String port) {
        return new SerialSettings(port, DEFAULT_BAUD, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);
    }

    /** Parses {@code "115200 8N1"}, {@code "115200"}, {@code "9600 7E1 xonxoff"} for the given port. */
    public static SerialSettings parse(String port, String text) throws TransportException {
        String[] parts = text.trim().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty() || parts.length > 3) {
            throw new TransportException("serial settings \"" + text
                    + "\" are not of the form \"<baud> [<bits><parity><stop>] [flow control]\", e.g. \"115200 8N1\"");
        }
        SerialSettings s = of(port).withBaud(baud(parts[0]));
        if (parts.length >= 2) {
            s = s.withFrame(parts[1]);
        }
        if (parts.length == 3) {
            s = s.withFlowControl(FlowControl.parse(parts[2]));
        }
        return s;
    }

    /** Parses a baud rate such as {@code 115200}. */
    public static int baud(String text) throws TransportException {
        try {
            int baud = Integer.parseInt(text.trim());
            if (baud > 0) {
                return baud;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new TransportException("baud rate \"" + text + "\" is not a positive number such as 115200");
    }

    public SerialSettings withBaud(int newBaud) {
        return new SerialSettings(port, newBaud, dataBits, parity, stopBits, flowControl);
    }

    public SerialSettings withPort(String newPort) {
        return new SerialSettings(newPort, baud, dataBits, parity, stopBits, flowControl);
    }

    public SerialSettings withFlowControl(FlowControl newFlowControl) {
        return new SerialSettings(port, baud, dataBits, parity, stopBits, newFlowControl);
    }

    /** Applies a frame string such as {@code 8N1}, {@code 7E1} or {@code 8N1.5}. */
    public SerialSettings withFrame(String frame) throws TransportException {
        Matcher m = FRAME.matcher(frame.trim());
        if (!m.matches()) {
            throw new TransportException("serial frame \"" + frame
                    + "\" is not <data bits 5-8><parity N|O|E|M|S><stop bits 1|1.5|2>, e.g. 8N1");
        }
        return new SerialSettings(port, baud, m.group(1).charAt(0) - '0', Parity.ofLetter(m.group(2).charAt(0)),
                StopBits.ofText(m.group(3)), flowControl);
    }

    /** The frame string, e.g. {@code 8N1}. */
    public String frame() {
        return dataBits + String.valueOf(parity.letter()) + stopBits.text();
    }

    /** {@code 115200 8N1}, followed by the flow control unless it is none. */
    public String format() {
        return baud + " " + frame() + (flowControl == FlowControl.NONE ? "" : " " + flowControl.text());
    }
}
