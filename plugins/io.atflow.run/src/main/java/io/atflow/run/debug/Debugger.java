package io.atflow.run.debug;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The debugger of one run, the core under Eclipse's debug model and {@code atflow dap}. A front end creates it,
 * sets breakpoints and suspend options, passes it to {@code ScriptRunner.builder().debugger(d)}, starts the run and
 * then drives it from its own thread; terminating is the run's {@code RunHandle.abort()}, which also ends a
 * suspension.
 *
 * <p>
 * While the run is suspended the module keeps living: the channel reads on, URCs reach listeners and the backlog in
 * order, {@code on} handlers stay armed and run (in order) after resume, and the time of a suspended {@code await}
 * or {@code send} stops counting. Another session (the AT console) may use the module while the run is suspended.
 * Every text the debugger returns is masked like the run console.
 */
public interface Debugger {
    /** A new debugger for one run (the interpreter's implementation). */
    static Debugger create() {
        return new io.atflow.run.interp.debug.DebugCore();
    }

    /** Replaces the breakpoints of {@code file} (may be called before and during the run); one state per breakpoint. */
    List<BreakpointState> setBreakpoints(Path file, List<Breakpoint> breakpoints);

    /** Suspend before the first statement. Effective only before the run starts. */
    void setSuspendOnEntry(boolean on);

    /** Suspend where a statement fails (expect mismatch, timeout, ERROR / +CME ERROR, {@code fail}) before it ends the step. */
    void setSuspendOnFailure(boolean on);

    /**
     * Suspend when a URC matching one of {@code patterns} (the language's pattern syntax, e.g.
     * {@code +QMTSTAT: 0,{err}}) arrives; the suspension names the pattern that matched. Replaces the patterns set
     * before (an empty list: no more), before or during the run. Throws with one sentence naming the first pattern
     * that does not parse, and then changes nothing.
     */
    void setSuspendOnUrc(List<String> patterns) throws DebugException;

    /** The current suspension, if the run is suspended. */
    Optional<Suspension> suspension();

    /** The variables of a frame of the current suspension. */
    List<DebugScope> scopes(int frameId) throws DebugException;

    /** Evaluates an expression of the language in a frame (hover, watch); the value masked. */
    String evaluate(int frameId, String expression) throws DebugException;

    void resume() throws DebugException;

    /** Runs one statement of the innermost frame (a whole {@code if}, a handler that fires meanwhile included). */
    void stepOver() throws DebugException;

    /** Into an included file, an {@code if}'s branch, a step's body, or a handler that fires; else as step over. */
    void stepInto() throws DebugException;

    /** Until the innermost frame (include, handler, step, block) is left. */
    void stepOut() throws DebugException;

    /** Suspends at the next statement, or at once inside a pending {@code await}/{@code send} (its time frozen). */
    void pause();

    void addListener(DebugListener listener);

    void removeListener(DebugListener listener);
}
