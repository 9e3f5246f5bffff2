package io.atflow.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugFrame;
import io.atflow.run.debug.DebugListener;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.Runs;

/**
 * A debugged run started by a test: waits (bounded) for its suspensions, counts them, and reads scopes by name, so
 * tests act on the suspended run instead of after guessed pauses.
 */
final class Debugging implements DebugListener {
    final Debugger debugger;
    final RunHandle handle;
    final List<RunEvent> events = new CopyOnWriteArrayList<>();
    final List<Suspension> suspensions = new CopyOnWriteArrayList<>();
    private volatile int resumes;

    private Debugging(Debugger debugger, ScriptRunner.Builder runner) {
        this.debugger = debugger;
        debugger.addListener(this);
        this.handle = runner.debugger(debugger).listener(events::add).start();
    }

    static Debugging start(Debugger debugger, ScriptRunner.Builder runner) {
        return new Debugging(debugger, runner);
    }

    @Override
    public void suspended(Suspension s) {
        suspensions.add(s);
    }

    @Override
    public void resumed() {
        resumes++;
    }

    /** Waits for the {@code n}-th suspension (1-based) and returns it; fails if the run ends first. */
    Suspension suspension(int n) {
        Runs.until("suspension " + n + " (had " + suspensions + ")", () -> suspensions.size() >= n
                || handle.isDone());
        if (suspensions.size() < n) {
            throw new AssertionError("the run ended before suspension " + n + ": " + handle.await(Duration.ZERO)
                    + " " + suspensions + "\n" + events);
        }
        Runs.until("the debugger reports suspension " + n, () -> debugger.suspension().isPresent());
        return suspensions.get(n - 1);
    }

    int resumes() {
        return resumes;
    }

    /** The variable {@code name} of scope {@code scope} in the innermost frame. */
    DebugVariable variable(String scope, String name) throws DebugException {
        Suspension s = debugger.suspension().orElseThrow();
        for (DebugScope sc : debugger.scopes(s.frames().get(0).id())) {
            if (sc.name().equals(scope)) {
                return sc.variables().stream().filter(v -> v.name().equals(name)).findFirst().orElse(null);
            }
        }
        throw new AssertionError("no scope " + scope);
    }

    /** The lines of the frames, innermost first. */
    List<Integer> lines() {
        return debugger.suspension().orElseThrow().frames().stream().map(DebugFrame::line).toList();
    }

    List<String> names() {
        return debugger.suspension().orElseThrow().frames().stream().map(DebugFrame::name).toList();
    }

    Runs.Outcome outcome() {
        return new Runs.Outcome(handle.await(Runs.BOUND).orElseThrow(() -> new AssertionError(
                "the run did not end: " + events)), List.copyOf(events));
    }
}
