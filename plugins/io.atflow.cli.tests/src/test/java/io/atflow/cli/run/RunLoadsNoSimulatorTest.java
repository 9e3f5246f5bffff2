package io.atflow.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.cli.CliJvm;
import io.atflow.cli.Main;

/**
 * {@code atflow run --port tcp://...} in a fresh JVM whose class path holds the simulator loads no class of
 * {@code io.atflow.sim}, {@code io.atflow.platform}, Netty or Moquette: targets load only when a run asks for them.
 */
class RunLoadsNoSimulatorTest {
    private static final List<String> SIMULATOR = List.of("io.atflow.sim.", "io.atflow.platform.", "io.netty.",
            "io.moquette.");

    @TempDir
    Path dir;

    @Test
    void aTcpRunLoadsNoSimulatorClass() throws Exception {
        Path script = Files.writeString(dir.resolve("s.atflow"), "send AT\n");
        try (ServerSocket module = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answering = new Thread(() -> answerOk(module), "module");
            answering.setDaemon(true);
            answering.start();
            List<String> loaded = atflow(script.toString(), "--port", "tcp://127.0.0.1:" + module.getLocalPort());
            assertTrue(loaded.contains("io.atflow.run.ScriptRunner"), "the run did not start");
            assertEquals(List.of(), loaded.stream().filter(c -> SIMULATOR.stream().anyMatch(c::startsWith)).toList());
        }
    }

    /** Answers {@code OK} to every command line of one connection. */
    private static void answerOk(ServerSocket server) {
        try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
                if (b == '\r') {
                    s.getOutputStream().write("\r\nOK\r\n".getBytes(StandardCharsets.US_ASCII));
                }
            }
        } catch (IOException e) {
            // the test's run has ended
        }
    }

    /** Runs {@code atflow run ARGS} in a JVM of its own; the classes it loaded. Fails unless it passes. */
    private List<String> atflow(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        List<String> command = CliJvm.command();
        command.addAll(List.of("-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("atflow run did not end within 90 s: " + Files.readString(out));
        }
        assertEquals(0, p.exitValue(), () -> "atflow run: " + read(out));
        return Files.readAllLines(log).stream().filter(l -> l.contains("[class,load] "))
                .map(l -> l.substring(l.indexOf("[class,load] ") + "[class,load] ".length()).split(" ", 2)[0])
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
