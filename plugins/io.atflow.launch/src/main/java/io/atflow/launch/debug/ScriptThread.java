package io.atflow.launch.debug;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;

import io.atflow.run.debug.DebugFrame;
import io.atflow.run.debug.DebugListener;
import io.atflow.run.debug.Suspension;

/**
 * The one logical thread of a run, "script": suspended with the debugger's frames, resumed and stepped through it.
 * The debugger's listener calls arrive on run threads and only record state and fire events (the debug framework
 * dispatches them on its own thread).
 */
public final class ScriptThread extends ScriptDebugElement implements IThread, DebugListener {
    private final ScriptDebugTarget target;
    private volatile Suspension suspension;
    private volatile IStackFrame[] frames = new IStackFrame[0];
    private volatile int resumeDetail = DebugEvent.UNSPECIFIED;
    private volatile boolean stepping;
    private volatile boolean ended;

    ScriptThread(ScriptDebugTarget target) {
        super(target);
        this.target = target;
    }

    @Override
    public void suspended(Suspension s) {
        List<IStackFrame> list = new ArrayList<>();
        for (DebugFrame f : s.frames()) {
            list.add(new ScriptStackFrame(this, f));
        }
        frames = list.toArray(IStackFrame[]::new);
        suspension = s;
        stepping = false;
        fireSuspendEvent(StopDetails.of(s.reason()));
    }

    @Override
    public void resumed() {
        suspension = null;
        frames = new IStackFrame[0];
        int detail = resumeDetail;
        resumeDetail = DebugEvent.UNSPECIFIED;
        fireResumeEvent(detail);
    }

    void ended() {
        ended = true;
        suspension = null;
        frames = new IStackFrame[0];
        fireTerminateEvent();
    }

    /** The current suspension (why, and its frames), or null while running. */
    public Suspension suspension() {
        return suspension;
    }

    @Override
    public IStackFrame[] getStackFrames() {
        return frames.clone();
    }

    @Override
    public boolean hasStackFrames() {
        return frames.length > 0;
    }

    @Override
    public int getPriority() {
        return 0;
    }

    @Override
    public IStackFrame getTopStackFrame() {
        IStackFrame[] f = frames;
        return f.length == 0 ? null : f[0];
    }

    @Override
    public String getName() {
        return "script";
    }

    @Override
    public IBreakpoint[] getBreakpoints() {
        Suspension s = suspension;
        IStackFrame top = getTopStackFrame();
        if (s == null || !(top instanceof ScriptStackFrame f)) {
            return new IBreakpoint[0];
        }
        return target.breakpoints().causing(s.reason(), f.frame().file(), f.frame().line(), s.urcPattern());
    }

    @Override
    public boolean canResume() {
        return isSuspended();
    }

    @Override
    public boolean canSuspend() {
        return !isSuspended() && !isTerminated();
    }

    @Override
    public boolean isSuspended() {
        return suspension != null && !ended;
    }

    @Override
    public void resume() throws DebugException {
        request(DebugEvent.CLIENT_REQUEST, false, () -> target.debugger().resume());
    }

    @Override
    public void suspend() {
        target.debugger().pause();
    }

    @Override
    public boolean canStepInto() {
        return isSuspended();
    }

    @Override
    public boolean canStepOver() {
        return isSuspended();
    }

    @Override
    public boolean canStepReturn() {
        return isSuspended();
    }

    @Override
    public boolean isStepping() {
        return stepping;
    }

    @Override
    public void stepInto() throws DebugException {
        request(DebugEvent.STEP_INTO, true, () -> target.debugger().stepInto());
    }

    @Override
    public void stepOver() throws DebugException {
        request(DebugEvent.STEP_OVER, true, () -> target.debugger().stepOver());
    }

    @Override
    public void stepReturn() throws DebugException {
        request(DebugEvent.STEP_RETURN, true, () -> target.debugger().stepOut());
    }

    @Override
    public boolean canTerminate() {
        return target.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return ended || target.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        target.terminate();
    }

    /** A debugger request; the RESUME event it causes carries {@code detail}. */
    private void request(int detail, boolean step, Request r) throws DebugException {
        resumeDetail = detail;
        stepping = step;
        try {
            r.run();
        } catch (io.atflow.run.debug.DebugException e) {
            resumeDetail = DebugEvent.UNSPECIFIED;
            stepping = false;
            throw failure(e);
        }
    }

    private interface Request {
        void run() throws io.atflow.run.debug.DebugException;
    }
}
