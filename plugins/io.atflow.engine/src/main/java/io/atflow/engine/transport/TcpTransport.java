package io.atflow.engine.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** A TCP connection to a network modem server (ser2net style) or a simulated module: {@code tcp://host:port}. */
public final class TcpTransport implements Transport {
    /** How long {@link #open()} waits for the connection. */
    public static final int CONNECT_TIMEOUT_MILLIS = 5000;

    private final String host;
    private final int port;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile boolean closed;

    public TcpTransport(String host, int port) {
        this.host = host;
        this.port = port;
    }

    @Override
    public void open() throws TransportException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
            closed = false;
        } catch (UnknownHostException e) {
            closeQuietly(s);
            throw new TransportException("unknown host \"" + host + "\" in " + describe());
        } catch (ConnectException e) {
            closeQuietly(s);
            throw new TransportException("nothing accepts connections at " + describe() + " (connection refused)");
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            throw new TransportException(describe() + " did not answer within " + CONNECT_TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException("cannot connect to " + describe() + ": " + e.getMessage());
        }
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
            throw new TransportException("the connection to " + describe() + " failed: " + e.getMessage());
        }
    }

    @Override
    public void write(byte[] data, int offset, int length) throws TransportException {
        if (socket == null || closed) {
            throw new TransportException("the connection to " + describe() + " is closed");
        }
        try {
            out.write(data, offset, length);
        } catch (IOException e) {
            throw new TransportException("the connection to " + describe() + " failed: " + e.getMessage());
        }
    }

    @Override
    public boolean isOpen() {
        return socket != null && !closed;
    }

    @Override
    public String describe() {
        return "tcp://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public void close() {
        closed = true;
        Socket s = socket;
        if (s != null) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing: nothing left to report
        }
    }
}
