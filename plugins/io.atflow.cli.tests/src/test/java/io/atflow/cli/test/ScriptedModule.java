package io.atflow.cli.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A module on a local TCP port that answers a few commands as an EC25 does and dies after a given number of
 * answers: it then drops the connection without answering and refuses new ones, as a module that lost power.
 */
final class ScriptedModule implements AutoCloseable {
    /** Answers of an EC25 (ATI and AT+CGMR as posted on community.sixfab.com, see ModuleProfile.EC25). */
    private static final Map<String, List<String>> ANSWERS = Map.of(
            "AT", List.of("OK"),
            "ATI", List.of("Quectel", "EC25", "Revision: EC25EFAR06A11M4G", "", "OK"),
            "AT+CGMR", List.of("EC25EFAR06A11M4G", "", "OK"));
    private final ServerSocket server;
    private final int answers;
    private final AtomicInteger answered = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    /** The commands received, in order. */
    final List<String> received = new CopyOnWriteArrayList<>();

    ScriptedModule(int answers) throws IOException {
        this.answers = answers;
        server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("scripted-module").start(this::serve);
    }

    String port() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                sockets.add(s);
                Thread.ofPlatform().daemon().start(() -> session(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void session(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0) {
                if (b != '\r') {
                    line.append((char) b);
                    continue;
                }
                String command = line.toString().trim();
                line.setLength(0);
                received.add(command);
                if (answered.incrementAndGet() > answers) {
                    close();
                    return;
                }
                StringBuilder reply = new StringBuilder();
                ANSWERS.getOrDefault(command, List.of("ERROR")).forEach(l -> reply.append("\r\n").append(l));
                out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
        } catch (IOException e) {
            // dropped
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closed
        }
        for (Socket s : sockets) {
            try {
                s.close();
            } catch (IOException e) {
                // closed
            }
        }
    }
}
