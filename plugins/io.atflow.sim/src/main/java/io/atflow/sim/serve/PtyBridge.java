package io.atflow.sim.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.atflow.sim.SimulatedModule;

/**
 * The module as a pseudo-terminal at a fixed path (e.g. {@code /tmp/ttyATF}) that any terminal program or
 * jSerialComm can open: {@code socat} owns the pty and relays it to a loopback {@link TcpModuleServer}. If socat
 * ends while the bridge is open, it is started again.
 */
public final class PtyBridge implements AutoCloseable {
    private static final Duration READY = Duration.ofSeconds(5);
    private final Path link;
    private final TcpModuleServer server;
    private final List<String> command;
    private volatile Process socat;
    private volatile boolean closed;

    private PtyBridge(Path link, TcpModuleServer server, String socatProgram) {
        this.link = link;
        this.server = server;
        this.command = List.of(socatProgram, "pty,raw,echo=0,link=" + link,
                "tcp:127.0.0.1:" + server.address().getPort());
    }

    /** @throws IOException one sentence: socat missing, the path unusable, or socat failing */
    public static PtyBridge start(SimulatedModule module, Path link) throws IOException {
        return start(module, link, "socat");
    }

    static PtyBridge start(SimulatedModule module, Path link, String socatProgram) throws IOException {
        Path parent = link.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IOException("cannot create the pty " + link + ": its directory does not exist");
        }
        if (Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
            throw new IOException("cannot create the pty " + link + ": a file of that name exists");
        }
        TcpModuleServer server = TcpModuleServer.start(module, "127.0.0.1", 0);
        PtyBridge bridge = new PtyBridge(link, server, socatProgram);
        try {
            bridge.launch();
        } catch (IOException e) {
            server.close();
            throw e;
        }
        Thread.ofVirtual().name("atflow-sim-pty").start(bridge::supervise);
        return bridge;
    }

    private void launch() throws IOException {
        if (Files.isSymbolicLink(link)) {
            Files.delete(link); // a stale link of an earlier run; socat makes a fresh one
        }
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("the pty needs socat, which is not installed (apt-get install socat); or use"
                    + " --tcp HOST:PORT instead of --pty");
        }
        socat = p;
        long deadline = System.nanoTime() + READY.toNanos();
        while (!Files.exists(link)) {
            if (!p.isAlive()) {
                throw new IOException("socat could not create the pty " + link + " (exit code " + p.exitValue()
                        + ")");
            }
            if (System.nanoTime() > deadline) {
                p.destroy();
                throw new IOException("socat did not create the pty " + link + " within " + READY.toSeconds()
                        + " s");
            }
            sleep(10);
        }
    }

    private void supervise() {
        while (!closed) {
            try {
                socat.waitFor();
                if (!closed) {
                    launch();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                sleep(500);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path path() {
        return link;
    }

    @Override
    public void close() {
        closed = true;
        Process p = socat;
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        server.close();
    }
}
