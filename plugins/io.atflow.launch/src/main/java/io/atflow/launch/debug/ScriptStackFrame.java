package io.atflow.launch.debug;

import java.util.List;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IRegisterGroup;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;

import io.atflow.run.debug.DebugFrame;

/**
 * A frame of a suspension (statement, step, include, handler, script) with its file and line for source lookup;
 * its variables are the debugger's scopes of the frame, read once when first asked.
 */
public final class ScriptStackFrame extends ScriptDebugElement implements IStackFrame {
    private final ScriptThread thread;
    private final DebugFrame frame;
    private volatile IVariable[] variables;

    ScriptStackFrame(ScriptThread thread, DebugFrame frame) {
        super(thread.getDebugTarget());
        this.thread = thread;
        this.frame = frame;
    }

    public DebugFrame frame() {
        return frame;
    }

    /** Evaluates an expression of the language in this frame; the value masked, as the run console shows it. */
    public String evaluate(String expression) throws DebugException {
        try {
            return ((ScriptDebugTarget) getDebugTarget()).debugger().evaluate(frame.id(), expression);
        } catch (io.atflow.run.debug.DebugException e) {
            throw failure(e);
        }
    }

    @Override
    public IThread getThread() {
        return thread;
    }

    @Override
    public IVariable[] getVariables() throws DebugException {
        IVariable[] v = variables;
        if (v == null) {
            if (!isCurrent()) {
                return new IVariable[0];
            }
            try {
                v = ScopeVariables.of(this, ((ScriptDebugTarget) getDebugTarget()).debugger().scopes(frame.id()));
            } catch (io.atflow.run.debug.DebugException e) {
                throw failure(e);
            }
            variables = v;
        }
        return v.clone();
    }

    /** True while this frame belongs to the thread's current suspension. */
    private boolean isCurrent() {
        return List.of(thread.getStackFrames()).contains(this);
    }

    @Override
    public boolean hasVariables() {
        return isCurrent();
    }

    @Override
    public int getLineNumber() {
        return frame.line();
    }

    @Override
    public int getCharStart() {
        return -1;
    }

    @Override
    public int getCharEnd() {
        return -1;
    }

    @Override
    public String getName() {
        return frame.name();
    }

    @Override
    public IRegisterGroup[] getRegisterGroups() {
        return new IRegisterGroup[0];
    }

    @Override
    public boolean hasRegisterGroups() {
        return false;
    }

    @Override
    public boolean canStepInto() {
        return thread.canStepInto();
    }

    @Override
    public boolean canStepOver() {
        return thread.canStepOver();
    }

    @Override
    public boolean canStepReturn() {
        return thread.canStepReturn();
    }

    @Override
    public boolean isStepping() {
        return thread.isStepping();
    }

    @Override
    public void stepInto() throws DebugException {
        thread.stepInto();
    }

    @Override
    public void stepOver() throws DebugException {
        thread.stepOver();
    }

    @Override
    public void stepReturn() throws DebugException {
        thread.stepReturn();
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
    public boolean canTerminate() {
        return thread.canTerminate();
    }

    @Override
    public boolean isTerminated() {
        return thread.isTerminated();
    }

    @Override
    public void terminate() throws DebugException {
        thread.terminate();
    }
}
