package io.atflow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code atflow <command>} started as a separate process on this test's class path with the launcher's JVM options
 * ({@link CliJvm}), the way an editor starts a language server or a debug adapter: stdin and stdout are the protocol
 * stream, stderr goes to a file.
 */
public final class CliProcess implements AutoCloseable {
    private final Process process;
    private final Path argFile;
    private final Path stderr;

    private CliProcess(Process process, Path argFile, Path stderr) {
        this.process = process;
        this.argFile = argFile;
        this.stderr = stderr;
    }

    /** Starts {@code atflow args...} in {@code workingDir}. */
    public static CliProcess start(Path workingDir, String... args) throws IOException {
        Path argFile = Files.createTempFile("atflow-cli", ".args");
        Files.writeString(argFile, "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n");
        Path stderr = Files.createTempFile("atflow-cli", ".stderr");
        List<String> command = CliJvm.command();
        command.addAll(List.of("@" + argFile, "io.atflow.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectError(stderr.toFile()).start();
        return new CliProcess(p, argFile, stderr);
    }

    public InputStream stdout() {
        return process.getInputStream();
    }

    public OutputStream stdin() {
        return process.getOutputStream();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What the process printed on stderr so far (for failure messages). */
    public String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** For failure messages: whether the process still runs or how it ended (a signal shows as 128 + its number). */
    public String state() {
        return process.isAlive() ? "the process still runs" : "the process ended with exit code " + process.exitValue();
    }

    /** The exit code once the process ended (waits at most {@code seconds}); null if it still runs. */
    public Integer exitCode(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS) ? process.exitValue() : null;
    }

    /** Waits (bounded) for the process to end, kills it otherwise, and deletes its argument and stderr files. */
    @Override
    public void close() throws InterruptedException, IOException {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Files.deleteIfExists(argFile);
        Files.deleteIfExists(stderr);
    }
}
