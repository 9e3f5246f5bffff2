package io.atflow.run.debug;

/**
 * Told when a debugged run suspends and resumes. Called on the run's own threads: return quickly, never call
 * {@link Debugger#resume()} or a step from inside (post it to your own thread).
 */
public interface DebugListener {
    void suspended(Suspension suspension);

    void resumed();
}
