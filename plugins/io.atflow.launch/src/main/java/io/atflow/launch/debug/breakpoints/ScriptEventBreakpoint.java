package io.atflow.launch.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.Breakpoint;

/**
 * "Suspend on failure" or "suspend on a URC matching a pattern", shown in the Breakpoints view with a check box like
 * Java exception breakpoints: a persistent marker of type {@value BreakpointMarkers#EVENT} on the workspace root.
 * The debug target passes an enabled one to {@code Debugger.setSuspendOnFailure} / {@code setSuspendOnUrc}.
 */
public class ScriptEventBreakpoint extends Breakpoint {
    /** For the breakpoint manager, which then sets the marker. */
    public ScriptEventBreakpoint() {
    }

    /**
     * Creates the marker: {@code kind} is {@link BreakpointMarkers#FAILURE} or {@link BreakpointMarkers#URC} (then
     * {@code urcPattern} is the pattern, already checked); if {@code register}, adds it to the breakpoint manager.
     */
    public ScriptEventBreakpoint(String kind, String urcPattern, boolean register) throws CoreException {
        if (!BreakpointMarkers.FAILURE.equals(kind) && !BreakpointMarkers.URC.equals(kind)) {
            throw new IllegalArgumentException("not an event kind: " + kind);
        }
        IResource root = ResourcesPlugin.getWorkspace().getRoot();
        run(getMarkerRule(root), monitor -> {
            IMarker marker = root.createMarker(BreakpointMarkers.EVENT);
            Map<String, Object> attributes = BreakpointMarkers.newBreakpoint();
            attributes.put(BreakpointMarkers.EVENT_KIND, kind);
            if (BreakpointMarkers.URC.equals(kind)) {
                attributes.put(BreakpointMarkers.URC_PATTERN, urcPattern);
            }
            attributes.put(IMarker.MESSAGE, BreakpointMarkers.URC.equals(kind)
                    ? "Suspend on URC " + urcPattern : "Suspend on failure");
            marker.setAttributes(attributes);
            setMarker(marker);
        });
        if (register) {
            DebugPlugin.getDefault().getBreakpointManager().addBreakpoint(this);
        }
    }

    @Override
    public String getModelIdentifier() {
        return BreakpointMarkers.MODEL;
    }

    /** {@link BreakpointMarkers#FAILURE} or {@link BreakpointMarkers#URC}. */
    public String kind() {
        return getMarker().getAttribute(BreakpointMarkers.EVENT_KIND, BreakpointMarkers.FAILURE);
    }

    public boolean isFailure() {
        return BreakpointMarkers.FAILURE.equals(kind());
    }

    public boolean isUrc() {
        return BreakpointMarkers.URC.equals(kind());
    }

    /** The URC pattern of a URC breakpoint, else null. */
    public String urcPattern() {
        return isUrc() ? getMarker().getAttribute(BreakpointMarkers.URC_PATTERN, (String) null) : null;
    }
}
