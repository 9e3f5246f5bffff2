package io.atflow.launch.debug;

import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;

/** Common base of the ATFlow debug elements: the model identifier and the debugger's one-sentence errors. */
abstract class ScriptDebugElement extends DebugElement {
    ScriptDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return BreakpointMarkers.MODEL;
    }

    /** Fires through the debug plug-in when it runs (as {@code ScriptProcess} does; plain unit tests have none). */
    @Override
    public void fireEvent(DebugEvent event) {
        if (DebugPlugin.getDefault() != null) {
            super.fireEvent(event);
        }
    }

    /** The run debugger's refusal ("the run is not suspended") as the debug framework's exception. */
    static DebugException failure(io.atflow.run.debug.DebugException e) {
        return new DebugException(Status.error(e.getMessage()));
    }
}
