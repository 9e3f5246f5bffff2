package io.atflow.launch.debug;

import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;

import io.atflow.run.ScriptRunner;
import io.atflow.run.debug.Debugger;

/** Sets up a debug-mode launch: the run's debugger, its target with the workspace's breakpoints, source lookup. */
public final class ScriptDebugTargets {
    private ScriptDebugTargets() {
    }

    /**
     * Gives {@code run} a new debugger and adds its target to {@code launch} with the breakpoint manager's ATFlow
     * breakpoints already passed; call before the run starts and {@link ScriptDebugTarget#finished()} when it ends.
     */
    public static ScriptDebugTarget attach(ILaunch launch, IProcess process, ScriptRunner.Builder run, String name) {
        Debugger debugger = Debugger.create();
        run.debugger(debugger);
        ScriptDebugTarget target = new ScriptDebugTarget(launch, process, debugger, name,
                new BreakpointSync(DebugPlugin.getDefault().getBreakpointManager(), debugger));
        launch.setSourceLocator(new ScriptSourceLocator());
        launch.addDebugTarget(target);
        target.start();
        return target;
    }
}
