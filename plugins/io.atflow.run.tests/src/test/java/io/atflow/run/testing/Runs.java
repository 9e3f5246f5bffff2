package io.atflow.run.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.RunTarget;
import io.atflow.run.ScriptRunner;
import io.atflow.sim.SimConfig;
import io.atflow.sim.run.SimTarget;

/** Runs scripts in tests and keeps their events. */
public final class Runs {
    /** The simulator at test speed ({@code Timing.FAST}). */
    public static final RunTarget FAST_SIM = new SimTarget(SimConfig.defaults());

    private Runs() {
    }

    /** A finished run: its result and every event, in order. */
    public record Outcome(RunResult result, List<RunEvent> events) {
        public <T extends RunEvent> List<T> all(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public List<String> sent() {
            return all(RunEvent.Sent.class).stream().map(RunEvent.Sent::text).toList();
        }

        public List<String> logs() {
            return all(RunEvent.LogMessage.class).stream().map(RunEvent.LogMessage::text).toList();
        }

        /** Every event on a line of its own, for assertion messages. */
        public String transcript() {
            return events.stream().map(Object::toString).collect(Collectors.joining("\n")) + "\n=> " + result;
        }
    }

    /** How long {@link #until} waits before the test fails (generous: a loaded 2-core machine). */
    public static final Duration BOUND = Duration.ofSeconds(20);

    /** Waits until {@code condition} holds, polling; fails the test after {@link #BOUND}. Never measures time. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not true after " + BOUND.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A runner for {@code file} with a short retry pause. */
    public static ScriptRunner.Builder of(Path file, RunTarget target) {
        return ScriptRunner.builder().script(file).target(target).retryPause(Duration.ofMillis(20));
    }

    public static Outcome run(ScriptRunner.Builder runner) {
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunResult r = runner.listener(events::add).run();
        return new Outcome(r, List.copyOf(events));
    }

    /** Writes {@code text} as {@code test.atflow} in {@code dir} and runs it against {@code target}. */
    public static Outcome run(Path dir, String text, RunTarget target) {
        return run(of(write(dir, "test.atflow", text), target));
    }
}
