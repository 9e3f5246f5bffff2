package io.atflow.cli.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.atflow.cli.CliException;

/** Runs the system {@code git} in one directory; each call reads all output and is bounded by a timeout. */
final class Git {
    private static final long TIMEOUT_SECONDS = 60;

    /** What one git call printed and its exit code. */
    record Result(int code, String out, String err) {
        String firstErrorLine() {
            String e = err.strip();
            int nl = e.indexOf('\n');
            return nl < 0 ? e : e.substring(0, nl);
        }
    }

    private final Path dir;
    private final Map<String, String> environment;
    private final long timeoutSeconds;

    /** @param environment variables added to git's environment (tests point GIT_CONFIG_GLOBAL at a scratch file) */
    Git(Path dir, Map<String, String> environment) {
        this(dir, environment, TIMEOUT_SECONDS);
    }

    /** @param timeoutSeconds how long one git call may take (a diff through the textconv driver starts JVMs) */
    Git(Path dir, Map<String, String> environment, long timeoutSeconds) {
        this.dir = dir;
        this.environment = environment;
        this.timeoutSeconds = timeoutSeconds;
    }

    Result run(String... args) throws CliException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(environment);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw CliException.usage("cannot start git (" + e.getMessage() + "); install git and put it on the PATH");
        }
        try {
            p.getOutputStream().close();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw CliException.usage("git " + String.join(" ", args) + " did not finish within "
                        + timeoutSeconds + " s");
            }
            return new Result(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw CliException.usage("cannot talk to git: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw CliException.usage("interrupted while waiting for git");
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
