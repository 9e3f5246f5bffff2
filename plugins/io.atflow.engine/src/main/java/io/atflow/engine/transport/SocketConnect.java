package io.atflow.engine.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Connects a TCP socket for a network transport; failures are one sentence naming the port. */
final class SocketConnect {
    /** How long a connect waits. */
    static final int TIMEOUT_MILLIS = 5000;

    private SocketConnect() {
    }

    /** A connected socket with TCP_NODELAY and keep-alive. */
    static Socket open(String host, int port, String description) throws TransportException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.setKeepAlive(true);
            s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            return s;
        } catch (UnknownHostException e) {
            closeQuietly(s);
            throw new TransportException("unknown host \"" + host + "\" in " + description);
        } catch (ConnectException e) {
            closeQuietly(s);
            throw new TransportException("nothing accepts connections at " + description + " (connection refused)");
        } catch (SocketTimeoutException e) {
            closeQuietly(s);
            throw new TransportException(description + " did not answer within " + TIMEOUT_MILLIS / 1000 + " s");
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException("cannot connect to " + description + ": " + e.getMessage());
        }
    }

    /** A write or read on the connection to {@code description} after it was closed. */
    static TransportException closed(String description) {
        return new TransportException("the connection to " + description + " is closed");
    }

    /** A write or read on the connection to {@code description} that failed. */
    static TransportException failed(String description, IOException e) {
        return new TransportException("the connection to " + description + " failed: " + e.getMessage());
    }

    static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing: nothing left to report
        }
    }

    /** {@code scheme://host:port}, IPv6 hosts in brackets. */
    static String url(String scheme, String host, int port) {
        return scheme + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
