package io.atflow.platform.upstream;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code mosquitto} 2.x run by a test on a free loopback port, logging every connection to a file.
 * {@link #stop()} and {@link #start()} take it away and bring it back on the same port.
 */
public final class Mosquitto implements AutoCloseable {
    private static final long READY_MILLIS = 10_000;
    private final Path config;
    private final Path log;
    private final int port;
    private Process process;

    private Mosquitto(Path config, Path log, int port) {
        this.config = config;
        this.log = log;
        this.port = port;
    }

    /** The mosquitto program; skips the test (developer machine) or fails it (CI=true) when it is not installed. */
    public static Path program() {
        for (String d : (System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin").split(":")) {
            Path p = Path.of(d, "mosquitto");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        String why = "mosquitto is not installed (apt-get install mosquitto)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(why + "; CI must run the upstream broker tests");
        }
        Assumptions.abort(why + ": the upstream broker test is skipped");
        return null;
    }

    /**
     * Starts mosquitto on a free loopback port. {@code settings} are more lines of its configuration (the default
     * allows anonymous clients).
     */
    public static Mosquitto start(Path dir, List<String> settings) throws IOException, InterruptedException {
        program();
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path log = dir.resolve("mosquitto.log");
        Path config = dir.resolve("mosquitto.conf");
        StringBuilder text = new StringBuilder();
        text.append("listener ").append(port).append(" 127.0.0.1\npersistence false\n")
                // as root, mosquitto would otherwise switch to its own user, which cannot read the test's files
                .append("user ").append(System.getProperty("user.name")).append('\n')
                .append("log_dest file ").append(log).append("\nlog_type all\nconnection_messages true\n");
        settings.forEach(l -> text.append(l).append('\n'));
        if (settings.stream().noneMatch(l -> l.startsWith("allow_anonymous"))) {
            text.append("allow_anonymous true\n");
        }
        Files.writeString(config, text);
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

    /** What mosquitto logged so far. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** Starts it (again) on its port and waits until it accepts connections. */
    public void start() throws IOException, InterruptedException {
        process = new ProcessBuilder(program().toString(), "-c", config.toString()).redirectErrorStream(true)
                .redirectOutput(config.resolveSibling("mosquitto.out").toFile()).start();
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("mosquitto exited with " + process.exitValue() + ": "
                        + Files.readString(config.resolveSibling("mosquitto.out")) + log());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new IOException("mosquitto did not listen on port " + port + " within " + READY_MILLIS + " ms");
    }

    /** Stops it as an outage would: every connection it had ends. */
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
