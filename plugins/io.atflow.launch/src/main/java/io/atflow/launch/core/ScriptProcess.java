package io.atflow.launch.core;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamsProxy;

import io.atflow.launch.config.LaunchAttributes;
import io.atflow.run.RunHandle;
import io.atflow.run.RunResult;

/**
 * A running ATFlow script as a debug-framework process: Terminate aborts the run, the exit value is the verdict's
 * ({@code 0} passed, {@code 1} failed or aborted, {@code 2} configuration or connection error, as {@code atflow run}).
 * It has no streams: its output is the coloured run console ({@link io.atflow.launch.ui.console.ScriptConsole}).
 */
public final class ScriptProcess extends PlatformObject implements IProcess {
    private final ILaunch launch;
    private final String label;
    private final Map<String, String> attributes = new HashMap<>();
    private RunHandle handle;
    private boolean abortRequested;
    private RunResult result;

    public ScriptProcess(ILaunch launch, String label) {
        this.launch = launch;
        this.label = label;
        attributes.put(ATTR_PROCESS_TYPE, LaunchAttributes.PROCESS_TYPE);
        attributes.put(ATTR_PROCESS_LABEL, label);
        fire(DebugEvent.CREATE);
    }

    /** Connects the started run; a Terminate pressed before aborts it at once. */
    public void attach(RunHandle run) {
        boolean abort;
        synchronized (this) {
            handle = run;
            abort = abortRequested;
        }
        if (abort) {
            run.abort();
        }
    }

    /** The run ended (its last event); the process terminates with the verdict's exit value. */
    public void finished(RunResult r) {
        synchronized (this) {
            if (result != null) {
                return;
            }
            result = r;
        }
        fire(DebugEvent.TERMINATE);
    }

    /** The result, or null while running. */
    public synchronized RunResult result() {
        return result;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IStreamsProxy getStreamsProxy() {
        return null;
    }

    @Override
    public void setAttribute(String key, String value) {
        synchronized (attributes) {
            attributes.put(key, value);
        }
        fire(DebugEvent.CHANGE);
    }

    @Override
    public String getAttribute(String key) {
        synchronized (attributes) {
            return attributes.get(key);
        }
    }

    @Override
    public int getExitValue() throws DebugException {
        RunResult r = result();
        if (r == null) {
            throw new DebugException(org.eclipse.core.runtime.Status.error(label + " is still running."));
        }
        return r.verdict().exitCode();
    }

    @Override
    public synchronized boolean canTerminate() {
        return result == null;
    }

    @Override
    public synchronized boolean isTerminated() {
        return result != null;
    }

    @Override
    public void terminate() {
        RunHandle h;
        synchronized (this) {
            if (result != null) {
                return;
            }
            abortRequested = true;
            h = handle;
        }
        if (h != null) {
            h.abort();
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter.equals(IProcess.class)) {
            return adapter.cast(this);
        }
        if (adapter.equals(ILaunch.class)) {
            return adapter.cast(launch);
        }
        return super.getAdapter(adapter);
    }

    private void fire(int kind) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, kind) });
        }
    }
}
