package io.atflow.run.interp;

import org.eclipse.emf.ecore.EObject;

import io.atflow.engine.channel.CommandResult;

/**
 * What a debugger sees of a run, called on the run's threads (the script's and the handlers'). Without a debugger
 * the interpreter has none and calls nothing. Calls that may suspend return when the run goes on (or stops: the
 * caller's next stop check then ends it).
 */
public interface DebugHook {
    /** Before a statement, step or include runs: may suspend (entry, breakpoint, step, pause). */
    void before(EObject element);

    /** The element's body runs in a frame of its own (a step, an include, an if's branch, a handler) until {@link #exit()}. */
    void enter(EObject construct, String name);

    void exit();

    /** {@code element} fails with {@code failure}: may suspend before the failure goes on. */
    void failing(EObject element, ScriptFailure failure);

    /** A command or await of the current statement begins ({@code true}) or ends waiting on the module. */
    void blocking(boolean waiting);

    /** Waits while the run is suspended (a thread that got on meanwhile, a handler queued). */
    void gate();

    /** The run's own command and its answer (for the Module scope). */
    void exchanged(CommandResult result);

    /** Runs a firing handler's body on the handler thread, in arrival order, not while suspended. */
    void handler(Runnable body);

    /** The run stops (abort, a handler's fail): every waiting thread goes on. */
    void stopped();
}
