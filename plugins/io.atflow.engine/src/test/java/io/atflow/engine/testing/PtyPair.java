package io.atflow.engine.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A pseudo-terminal pair made by {@code socat} (links {@code a} and {@code b} in a directory); kill it to vanish both. */
public final class PtyPair implements AutoCloseable {
    public final Path a;
    public final Path b;
    private final Process socat;

    private PtyPair(Path a, Path b, Process socat) {
        this.a = a;
        this.b = b;
        this.socat = socat;
    }

    /**
     * Lets a pty test run only with socat: without it the test is skipped on a developer's machine, but under
     * {@code CI=true} (every test must run there) it fails, naming the package to install.
     */
    public static void requireSocat() {
        if (socatAvailable()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("socat is not installed, and with CI=true the pty integration tests must run, not be"
                    + " skipped: install socat (apt-get install socat)");
        }
        Assumptions.abort("socat is not installed: the pty integration test is skipped (apt-get install socat)");
    }

    public static boolean socatAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    public static PtyPair start(Path dir) throws IOException, InterruptedException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        Process p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(dir.resolve("socat.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!p.isAlive() || System.currentTimeMillis() > deadline) {
                p.destroyForcibly();
                throw new IOException("socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
            }
            Thread.sleep(10);
        }
        return new PtyPair(a, b, p);
    }

    /** Ends socat: both pty ends disappear like an unplugged USB modem. */
    public void kill() throws InterruptedException {
        socat.destroyForcibly();
        socat.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }
}
