package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import io.atflow.run.interp.RunContext;
import io.atflow.run.testing.Runs;

/**
 * A run started by a test, the events it posted so far and what it is doing now, so a test acts (aborts, sends a URC)
 * in a known state of the run instead of after a guessed pause.
 */
final class Running {
    private final RunHandle handle;
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    private Running(ScriptRunner.Builder runner) {
        this.handle = runner.listener(events::add).start();
    }

    static Running start(ScriptRunner.Builder runner) {
        return new Running(runner);
    }

    RunHandle handle() {
        return handle;
    }

    /** An await of the script is registered in the session and waiting. */
    boolean awaiting() {
        RunContext ctx = handle.context();
        return ctx != null && ctx.session().urcs().waitingAwaits() > 0;
    }

    /** A statement sleeps ({@code delay}, a retry's pause). */
    boolean sleeping() {
        RunContext ctx = handle.context();
        return ctx != null && ctx.isSleeping();
    }

    /** {@code text} was written to the module (the channel makes a command pending before it writes it). */
    boolean sent(String text) {
        return events.stream().anyMatch(e -> e instanceof RunEvent.Sent s && s.text().equals(text));
    }

    /** Waits (bounded) until {@code state} holds; fails if the run ended first. */
    Running until(String what, Predicate<Running> state) {
        Runs.until(what, () -> handle.isDone() || state.test(this));
        assertFalse(handle.isDone(), () -> "the run ended before " + what + ": " + events);
        return this;
    }

    /** The result (the run must end within {@code limit}) and every event. */
    Runs.Outcome outcome(Duration limit) {
        RunResult r = handle.await(limit).orElseThrow(() -> new AssertionError("the run did not end within "
                + limit.toSeconds() + " s: " + events));
        return new Runs.Outcome(r, List.copyOf(events));
    }
}
