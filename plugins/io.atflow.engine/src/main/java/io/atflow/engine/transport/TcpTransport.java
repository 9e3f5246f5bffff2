package io.atflow.engine.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;

/**
 * A raw TCP connection to a network modem server (ser2net in raw mode, a labgrid exporter) or a simulated module:
 * {@code tcp://host:port} or its synonym {@code socket://host:port}. Bytes pass unchanged both ways.
 */
public final class TcpTransport implements Transport {
    /** How long {@link #open()} waits for the connection. */
    public static final int CONNECT_TIMEOUT_MILLIS = SocketConnect.TIMEOUT_MILLIS;

    private final String scheme;
    private final String host;
    private final int port;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile boolean closed;

    public TcpTransport(String host, int port) {
        this(TransportSpec.TCP_SCHEME, host, port);
    }

    /** @param scheme how the port was written: {@code tcp://} or {@code socket://} (same raw TCP stream) */
    public TcpTransport(String scheme, String host, int port) {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    @Override
    public void open() throws TransportException {
        Socket s = SocketConnect.open(host, port, describe());
        try {
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException e) {
            SocketConnect.closeQuietly(s);
            throw new TransportException("cannot connect to " + describe() + ": " + e.getMessage());
        }
        socket = s;
        closed = false;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws TransportException {
        if (socket == null || closed) {
            return -1;
        }
        try {
            return in.read(buffer, offset, length);
        } catch (IOException e) {
            if (closed) {
                return -1;
            }
            throw SocketConnect.failed(describe(), e);
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        if (socket == null || closed) {
            throw SocketConnect.closed(describe());
        }
        try {
            out.write(data, offset, length);
        } catch (IOException e) {
            throw SocketConnect.failed(describe(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return socket != null && !closed;
    }

    @Override
    public String describe() {
        return SocketConnect.url(scheme, host, port);
    }

    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            SocketConnect.closeQuietly(s);
        }
    }
}
