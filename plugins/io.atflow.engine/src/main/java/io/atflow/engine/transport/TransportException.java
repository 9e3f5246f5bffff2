package io.atflow.engine.transport;

import java.io.IOException;

/**
 * A transport could not be opened, used or described. The message is one sentence meant for the user, e.g.
 * {@code serial port /dev/ttyUSB9 does not exist; available: /dev/ttyUSB2 (Quectel EC25 AT port)}.
 */
public class TransportException extends IOException {
    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
