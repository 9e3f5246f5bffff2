package io.atflow.run.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.run.RunTarget;

/**
 * A scripted module behind a local TCP port, for tests that need answers the simulator never gives (silence, a
 * wrong delayed result, a URC at a chosen moment). Commands answer with their configured lines ({@code @50} pauses
 * 50 ms, {@code >} and {@code CONNECT} read the data that follows until Ctrl-Z or 100 ms of quiet); unknown commands
 * answer {@code ERROR}; {@link #silent} ones nothing; {@link #HANG_UP} drops the connection.
 */
public final class FakeModule implements AutoCloseable {
    private static final int QUIET_MILLIS = 100;
    /** An answer line that makes the module drop the connection instead. */
    public static final String HANG_UP = "<hang up>";
    private final ServerSocket server;
    private final Map<String, List<String>> answers = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile OutputStream out;
    private volatile Socket socket;

    private FakeModule() throws IOException {
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "fake-module");
        thread.setDaemon(true);
        thread.start();
    }

    public static FakeModule start() {
        try {
            return new FakeModule();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public RunTarget target() {
        return RunTarget.tcp("127.0.0.1", server.getLocalPort());
    }

    /** {@code command} (exactly as sent) answers {@code lines}. */
    public FakeModule answer(String command, String... lines) {
        answers.put(command, List.of(lines));
        return this;
    }

    /** {@code command} gets no answer at all. */
    public FakeModule silent(String command) {
        answers.put(command, List.of());
        return this;
    }

    /** Command lines and data the module received, in order. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Sends an unsolicited line now (waits up to 5 s for the host to connect). */
    public void urc(String line) {
        long end = System.currentTimeMillis() + 5000;
        while (out == null && System.currentTimeMillis() < end) {
            Thread.onSpinWait();
        }
        write(List.of(line));
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                session(s);
            } catch (IOException e) {
                // the host went away, or the module was closed
            }
        }
    }

    /** One host connection (each run opens its own). */
    private void session(Socket s) throws IOException {
        socket = s;
        out = s.getOutputStream();
        InputStream in = s.getInputStream();
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\r' || b == '\n') {
                if (!line.isEmpty()) {
                    handle(line.toString(), s, in);
                    line.setLength(0);
                }
            } else {
                line.append((char) b);
            }
        }
    }

    private void handle(String command, Socket s, InputStream in) throws IOException {
        received.add(command);
        List<String> lines = answers.getOrDefault(command, List.of("ERROR"));
        List<String> batch = new ArrayList<>();
        for (String l : lines) {
            if (l.equals(HANG_UP)) {
                write(batch);
                s.close();
                return;
            } else if (l.startsWith("@")) {
                write(batch);
                batch.clear();
                sleep(Long.parseLong(l.substring(1)));
            } else if (l.equals(">") || l.equals("CONNECT")) {
                write(batch);
                batch.clear();
                synchronized (this) {
                    out.write((l.equals(">") ? "\r\n> " : "\r\nCONNECT\r\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                received.add(data(s, in));
            } else {
                batch.add(l);
            }
        }
        write(batch);
    }

    private static String data(Socket s, InputStream in) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        s.setSoTimeout(QUIET_MILLIS);
        try {
            int b;
            while ((b = in.read()) >= 0 && b != 0x1A) {
                data.write(b);
            }
        } catch (SocketTimeoutException e) {
            // the data ended
        } finally {
            s.setSoTimeout(0);
        }
        return data.toString(StandardCharsets.UTF_8);
    }

    private synchronized void write(List<String> lines) {
        if (lines.isEmpty() || out == null) {
            return;
        }
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append("\r\n").append(l).append("\r\n"));
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // the host went away
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            if (socket != null) {
                socket.close();
            }
        } catch (IOException e) {
            // closing
        }
    }
}
