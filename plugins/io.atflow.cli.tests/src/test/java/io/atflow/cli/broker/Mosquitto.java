package io.atflow.cli.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code mosquitto} on a free loopback port for a test, anonymous clients allowed, every connection and
 * message logged to {@code mosquitto.log}; {@link #stop()} and {@link #start()} take it away and back on that port.
 */
public final class Mosquitto implements AutoCloseable {
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

    private Mosquitto(Path config, Path log, int port) {
        this.config = config;
        this.log = log;
        this.port = port;
    }

    /** The program; skips the test (developer machine) or fails it (CI=true) when it is not installed. */
    public static Path program(String name) {
        for (String d : (System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin").split(":")) {
            if (Files.isExecutable(Path.of(d, name))) {
                return Path.of(d, name);
            }
        }
        String why = name + " is not installed (apt-get install mosquitto mosquitto-clients)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; CI must run the upstream broker tests");
        }
        Assumptions.abort(why + ": the upstream broker test is skipped");
        return null;
    }

    public static Mosquitto start(Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("mosquitto.log");
        Path config = dir.resolve("mosquitto.conf");
        // as root, mosquitto would switch to its own user, which cannot write the test's directory
        Files.writeString(config, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\nuser "
                + System.getProperty("user.name") + "\nlog_dest file " + log + "\nlog_type all\n");
        Mosquitto m = new Mosquitto(config, log, port);
        m.start();
        return m;
    }

    public int port() {
        return port;
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(program("mosquitto").toString(), "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(config.resolveSibling("mosquitto.out").toFile()).start();
        for (int i = 0; i < 200 && process.isAlive(); i++) {
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not start on port " + port + ": " + log());
    }

    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
