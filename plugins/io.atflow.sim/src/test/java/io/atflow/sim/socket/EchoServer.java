package io.atflow.sim.socket;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A TCP echo server on 127.0.0.1 for the tests: writes back what it reads, or (quiet) keeps it for the test. Knows
 * the connections it accepted, so a test can see the module's local port and close the connection from the server.
 */
final class EchoServer implements AutoCloseable {
    private final ServerSocket server;
    private final boolean echo;
    private final BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
    private final List<Socket> all = new CopyOnWriteArrayList<>();
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private final BlockingQueue<Socket> ended = new LinkedBlockingQueue<>();
    /** Ends taken from {@link #ended} by {@link #awaitClosed}; only its caller's thread uses it. */
    private final Set<Socket> endedSeen = new HashSet<>();

    private EchoServer(boolean echo) throws IOException {
        this.echo = echo;
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread.ofVirtual().start(this::acceptLoop);
    }

    static EchoServer echoing() throws IOException {
        return new EchoServer(true);
    }

    static EchoServer quiet() throws IOException {
        return new EchoServer(false);
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        try {
            while (true) {
                Socket s = server.accept();
                all.add(s);
                accepted.add(s);
                Thread.ofVirtual().start(() -> serve(s));
            }
        } catch (IOException e) {
            // closed
        }
    }

    private void serve(Socket s) {
        byte[] buffer = new byte[4096];
        try (InputStream in = s.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                received.add(chunk);
                if (echo) {
                    s.getOutputStream().write(chunk);
                    s.getOutputStream().flush();
                }
            }
        } catch (IOException e) {
            // reset by the module
        }
        ended.add(s);
    }

    /**
     * Waits up to 10 s for the module to close {@code connection} (the server reads the end of the stream). Ends of
     * other connections seen meanwhile are kept: a module may close its connections in any order.
     */
    void awaitClosed(Socket connection) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!endedSeen.contains(connection) && System.nanoTime() < end) {
            Socket s = ended.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (s != null) {
                endedSeen.add(s);
            }
        }
        if (!endedSeen.contains(connection)) {
            throw new AssertionError("the module did not close the connection within 10 s");
        }
    }

    /** The next connection the server accepted, within 10 s. */
    Socket nextConnection() throws InterruptedException {
        Socket s = accepted.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no connection reached the server within 10 s");
        }
        return s;
    }

    /** The next bytes the server read, within {@code wait}. */
    byte[] nextData(Duration wait) throws InterruptedException {
        byte[] b = received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        if (b == null) {
            throw new AssertionError("the server received nothing within " + wait);
        }
        return b;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : all) {
            s.close();
        }
    }
}
