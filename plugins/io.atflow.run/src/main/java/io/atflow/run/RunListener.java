package io.atflow.run;

/**
 * Receives the events of a run (console, live URC view, CLI). Events arrive one at a time, in the order they
 * happened, on the run's event thread ({@code atflow-run-events}), never on the thread that reads the module or runs
 * the script; a slow listener therefore delays only other listeners, never the run. Texts are already masked.
 * Exceptions thrown by a listener are ignored. {@link RunEvent.RunFinished} is always the last event.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);

    /**
     * Every event posted so far was delivered (called on the delivering thread before it waits for more): output a
     * listener buffers for speed is written now, so people see it at once when the run pauses.
     */
    default void caughtUp() {
    }
}
