package io.atflow.run.debug;

/**
 * Told when a debugged run suspends and resumes. Called on the run's event thread (as run listeners), after every
 * run event of what happened before the suspension or resumption was delivered, so a front end shows the console
 * lines that led to a stop before the stop. Return quickly; never call {@link Debugger#resume()} or a step from
 * inside (post it to your own thread).
 */
public interface DebugListener {
    void suspended(Suspension suspension);

    void resumed();
}
