package io.atflow.platform;

/** A listener cannot bind because its port is taken; {@link #transport()} tells which setting to change. */
public final class PortInUseException extends PlatformException {
    private static final long serialVersionUID = 1L;
    private final Endpoint transport;
    private final int port;

    public PortInUseException(Endpoint transport, String host, int port, Throwable cause) {
        super(transport.label() + " port " + port + " on " + host + " is already in use", cause);
        this.transport = transport;
        this.port = port;
    }

    public Endpoint transport() {
        return transport;
    }

    public int port() {
        return port;
    }
}
