package io.atflow.launch.debug;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;

/** Common base of the ATFlow debug elements: the model identifier and the debugger's one-sentence errors. */
abstract class ScriptDebugElement extends DebugElement {
    ScriptDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return BreakpointMarkers.MODEL;
    }

    /** The run debugger's refusal ("the run is not suspended") as the debug framework's exception. */
    static DebugException failure(io.atflow.run.debug.DebugException e) {
        return new DebugException(Status.error(e.getMessage()));
    }
}
