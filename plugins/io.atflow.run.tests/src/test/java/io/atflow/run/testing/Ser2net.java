package io.atflow.run.testing;

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
 * Debian's {@code ser2net} 4.x run in the foreground by a test: an RFC 2217 server ({@code telnet(rfc2217)}) on a
 * free loopback port in front of a serial device. {@link #restart()} stops it and starts it again on the same port.
 */
public final class Ser2net implements AutoCloseable {
    private static final long READY_MILLIS = 10_000;
    private final Path dir;
    private final Path config;
    private final int port;
    private Process process;

    private Ser2net(Path dir, Path config, int port) {
        this.dir = dir;
        this.config = config;
        this.port = port;
    }

    /**
     * Skips the test (developer machine) or fails it (CI=true) when a program is not installed.
     *
     * @param programs e.g. {@code ser2net}, {@code socat}
     */
    public static void require(String... programs) {
        for (String p : programs) {
            if (!onPath(p)) {
                String why = p + " is not installed (apt-get install " + p + ")";
                if ("true".equals(System.getenv("CI"))) {
                    Assertions.fail(why + "; CI must run the RFC 2217 integration test");
                }
                Assumptions.abort(why + ": the RFC 2217 integration test is skipped");
            }
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program));
    }

    /** Starts ser2net with an RFC 2217 accepter on a free loopback port in front of {@code device} at 115200 8N1. */
    public static Ser2net start(Path dir, Path device) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path config = dir.resolve("ser2net.yaml");
        Files.writeString(config, """
                connection: &con0
                  accepter: telnet(rfc2217),tcp,127.0.0.1,%d
                  connector: serialdev,%s,115200n81,local
                  options:
                    kickolduser: true
                """.formatted(port, device.toRealPath()));
        Ser2net s = new Ser2net(dir, config, port);
        s.launch();
        return s;
    }

    public int port() {
        return port;
    }

    private void launch() throws IOException, InterruptedException {
        String program = onPath("ser2net") && !Files.isExecutable(Path.of("/usr/sbin/ser2net")) ? "ser2net"
                : "/usr/sbin/ser2net";
        process = new ProcessBuilder(program, "-n", "-d", "-u", "-P", dir.resolve("ser2net.pid").toString(), "-c",
                config.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("ser2net.log").toFile())).start();
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        while (true) {
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return; // listening (ser2net drops this probe connection)
            } catch (IOException notYet) {
                if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                    process.destroyForcibly();
                    throw new IOException("ser2net did not listen on 127.0.0.1:" + port + ": "
                            + Files.readString(dir.resolve("ser2net.log")));
                }
                Thread.sleep(20);
            }
        }
    }

    /** Stops ser2net (its clients see the connection end) and waits for it to exit. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Stops ser2net and starts it again on the same port. */
    public void restart() throws IOException, InterruptedException {
        stop();
        launch();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
