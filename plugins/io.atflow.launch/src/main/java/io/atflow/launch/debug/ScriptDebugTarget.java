package io.atflow.launch.debug;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.run.debug.Debugger;

/**
 * A debugged ATFlow run: one thread ("script"), breakpoints from the breakpoint manager passed to the run's
 * {@link Debugger} by {@link BreakpointSync}; terminating aborts the run through its process.
 */
public final class ScriptDebugTarget extends ScriptDebugElement implements IDebugTarget {
    private final ILaunch launch;
    private final IProcess process;
    private final Debugger debugger;
    private final String name;
    private final ScriptThread thread;
    private final BreakpointSync breakpoints;
    private volatile boolean terminated;

    /**
     * @param process the run's process: {@link IProcess#terminate()} aborts the run
     */
    public ScriptDebugTarget(ILaunch launch, IProcess process, Debugger debugger, String name,
            BreakpointSync breakpoints) {
        super(null);
        this.launch = launch;
        this.process = process;
        this.debugger = debugger;
        this.name = name;
        this.breakpoints = breakpoints;
        this.thread = new ScriptThread(this);
        debugger.addListener(thread);
    }

    /** Passes the manager's breakpoints to the debugger and follows their changes; call before the run starts. */
    public void start() {
        breakpoints.start();
        fireCreationEvent();
        thread.fireCreationEvent();
    }

    /** The run ended: the thread and the target terminate. */
    public void finished() {
        if (terminated) {
            return;
        }
        terminated = true;
        breakpoints.stop();
        debugger.removeListener(thread);
        thread.ended();
        fireTerminateEvent();
    }

    Debugger debugger() {
        return debugger;
    }

    BreakpointSync breakpoints() {
        return breakpoints;
    }

    /** The script thread (for tests and the hover). */
    public ScriptThread thread() {
        return thread;
    }

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IProcess getProcess() {
        return process;
    }

    @Override
    public IThread[] getThreads() {
        return terminated ? new IThread[0] : new IThread[] { thread };
    }

    @Override
    public boolean hasThreads() {
        return !terminated;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint breakpoint) {
        return BreakpointMarkers.MODEL.equals(breakpoint.getModelIdentifier());
    }

    @Override
    public boolean canTerminate() {
        return !isTerminated();
    }

    @Override
    public boolean isTerminated() {
        return terminated || process.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        process.terminate();
    }

    @Override
    public boolean canResume() {
        return thread.canResume();
    }

    @Override
    public boolean canSuspend() {
        return thread.canSuspend();
    }

    @Override
    public boolean isSuspended() {
        return thread.isSuspended();
    }

    @Override
    public void resume() throws DebugException {
        thread.resume();
    }

    @Override
    public void suspend() throws DebugException {
        thread.suspend();
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        breakpoints.changed();
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        breakpoints.changed();
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        breakpoints.changed();
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        throw new DebugException(org.eclipse.core.runtime.Status.error("An ATFlow run cannot be disconnected; terminate it."));
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return false;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        throw new DebugException(org.eclipse.core.runtime.Status.error("An ATFlow run has no memory to show."));
    }
}
