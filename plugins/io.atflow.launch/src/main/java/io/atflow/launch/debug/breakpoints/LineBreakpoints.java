package io.atflow.launch.debug.breakpoints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResource;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;

/** The ATFlow line breakpoints of one file in a breakpoint manager. */
public final class LineBreakpoints {
    private LineBreakpoints() {
    }

    public static List<ScriptLineBreakpoint> of(IBreakpointManager manager, IResource file) {
        List<ScriptLineBreakpoint> found = new ArrayList<>();
        for (IBreakpoint b : manager.getBreakpoints(BreakpointMarkers.MODEL)) {
            if (b instanceof ScriptLineBreakpoint line && b.getMarker() != null
                    && file.equals(b.getMarker().getResource())) {
                found.add(line);
            }
        }
        return found;
    }
}
