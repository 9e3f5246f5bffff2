package io.atflow.engine.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A loopback server that a test scripts byte by byte: {@link #expect} reads exactly the given bytes (within a bound)
 * and fails on any difference, {@link #send} writes bytes. Used to check a telnet client against the RFCs' numbers.
 */
public final class ScriptedTelnetServer implements AutoCloseable {
    private static final int READ_BOUND_MILLIS = 10_000;
    private final ServerSocket server;
    private Socket peer;

    public ScriptedTelnetServer() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Waits (bounded) for the client to connect. */
    public void accept() throws IOException {
        server.setSoTimeout(READ_BOUND_MILLIS);
        peer = server.accept();
        peer.setSoTimeout(READ_BOUND_MILLIS);
    }

    /** Reads exactly {@code bytes.length} bytes and compares them. */
    public void expect(int... bytes) throws IOException {
        byte[] got = read(bytes.length);
        byte[] want = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            want[i] = (byte) bytes[i];
        }
        if (!Arrays.equals(want, got)) {
            throw new AssertionError("expected " + HexFormat.ofDelimiter(" ").formatHex(want) + " but the client sent "
                    + HexFormat.ofDelimiter(" ").formatHex(got));
        }
    }

    /** Reads exactly {@code n} bytes (bounded). */
    public byte[] read(int n) throws IOException {
        InputStream in = peer.getInputStream();
        byte[] got = new byte[n];
        int done = 0;
        while (done < n) {
            int r = in.read(got, done, n - done);
            if (r < 0) {
                throw new AssertionError("the client closed after " + done + " of " + n + " bytes");
            }
            done += r;
        }
        return got;
    }

    public void send(int... bytes) throws IOException {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        peer.getOutputStream().write(b);
        peer.getOutputStream().flush();
    }

    /** Ends the connection as a restarted server would. */
    public void hangUp() throws IOException {
        peer.close();
    }

    @Override
    public void close() throws IOException {
        if (peer != null) {
            peer.close();
        }
        server.close();
    }
}
