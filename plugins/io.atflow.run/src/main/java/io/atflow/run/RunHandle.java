package io.atflow.run;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.atflow.run.interp.RunContext;

/** A started run: wait for it, or stop it. */
public final class RunHandle {
    /** How long {@link #await()} waits for listeners to receive {@link RunEvent.RunFinished} after the run ended. */
    public static final long LISTENER_GRACE_MILLIS = 2000;
    private static final long ABORT_GRACE_SECONDS = 10;
    private final RunExecution execution;
    private final RunTarget target;

    RunHandle(RunExecution execution, RunTarget target) {
        this.execution = execution;
        this.target = target;
    }

    /**
     * Stops the run: a pending command or await ends at once, the verdict is {@code ABORTED} (unless the run already
     * ended). Returns immediately; the run ends within a bounded time whatever it is doing.
     */
    public void abort() {
        execution.abort();
    }

    /**
     * Waits for the run to end and for listeners to receive {@link RunEvent.RunFinished} (at most
     * {@link #LISTENER_GRACE_MILLIS} more). If the waiting thread is interrupted, the run is aborted.
     */
    public RunResult await() {
        RunResult r;
        try {
            r = execution.result().get();
        } catch (InterruptedException e) {
            abort();
            r = awaitAfterAbort();
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed unexpectedly", e.getCause());
        }
        execution.events().awaitFinished(LISTENER_GRACE_MILLIS);
        return r;
    }

    /** The result if the run ends within {@code timeout}. */
    public Optional<RunResult> await(Duration timeout) {
        try {
            RunResult r = execution.result().get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            execution.events().awaitFinished(LISTENER_GRACE_MILLIS);
            return Optional.of(r);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed unexpectedly", e.getCause());
        }
    }

    public boolean isDone() {
        return execution.result().isDone();
    }

    public RunTarget target() {
        return target;
    }

    /**
     * What the run is doing, for tests of this package that must act while it waits (its session's awaits, whether
     * a statement sleeps); null until the session is open.
     */
    RunContext context() {
        return execution.context();
    }

    private RunResult awaitAfterAbort() {
        try {
            return execution.result().get(ABORT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            return new RunResult(Verdict.ABORTED, "the run was aborted", null, Duration.ZERO);
        }
    }
}
