package io.atflow.engine.transport;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;

/**
 * A serial port through jSerialComm. Reads are semi-blocking: a read returns as soon as one byte is there, or after
 * {@link #POLL_MILLIS} without data so that {@link #close()} and a vanished device are noticed promptly. A read or
 * write error (USB modem unplugged, pty closed) is reported as a {@link TransportException}.
 */
public final class SerialTransport implements Transport {
    /** Longest a read blocks without data before it returns 0 (jSerialComm rounds to tenths of a second). */
    public static final int POLL_MILLIS = 200;
    private static final int ZERO_WRITES_BEFORE_FAILING = 1000;

    private final SerialSettings settings;
    private volatile SerialPort port;
    private volatile boolean closed;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public void open() throws TransportException {
        String name = settings.port();
        if (name.startsWith("/") && !Files.exists(Path.of(name))) {
            throw notFound();
        }
        SerialPort p;
        try {
            p = SerialPort.getCommPort(name);
        } catch (SerialPortInvalidPortException e) {
            throw notFound();
        }
        p.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(settings.stopBits()),
                parity(settings.parity()));
        p.setFlowControl(flowControl(settings.flowControl()));
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, POLL_MILLIS, 0);
        if (!p.openPort()) {
            throw SerialErrors.openFailed(name, p.getLastErrorCode());
        }
        port = p;
        closed = false;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws TransportException {
        SerialPort p = port;
        if (p == null || closed) {
            return -1;
        }
        int n = p.readBytes(buffer, length, offset);
        if (n >= 0) {
            return n;
        }
        if (closed) {
            return -1;
        }
        throw SerialErrors.vanished(settings.port(), "read", p.getLastErrorCode());
    }

    /** {@code ioctl(FIONREAD)} through jSerialComm: one system call, never blocks. */
    @Override
    public int available() {
        SerialPort p = port;
        return p == null || closed ? -1 : p.bytesAvailable();
    }

    @Override
    public int readPollMillis() {
        return POLL_MILLIS;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        SerialPort p = port;
        if (p == null || closed) {
            throw new TransportException("serial port " + settings.port() + " is closed");
        }
        int done = 0;
        int zeros = 0;
        while (done < length) {
            int n = p.writeBytes(data, length - done, offset + done);
            if (n < 0 || (n == 0 && ++zeros > ZERO_WRITES_BEFORE_FAILING)) {
                throw SerialErrors.vanished(settings.port(), "write", p.getLastErrorCode());
            }
            done += n;
        }
    }

    @Override
    public boolean isOpen() {
        return port != null && !closed;
    }

    @Override
    public String describe() {
        return "serial " + settings.port() + " " + settings.format();
    }

    @Override
    public void close() {
        closed = true;
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
    }

    private TransportException notFound() {
        return new TransportException("serial port " + settings.port() + " does not exist; available: "
                + SerialPorts.summary(SerialPorts.list()));
    }

    private static int stopBits(StopBits s) {
        return switch (s) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(Parity p) {
        return switch (p) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flowControl(FlowControl f) {
        return switch (f) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
