package io.atflow.launch.debug.breakpoints;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;

/** The "suspend on failure" and "suspend on URC" breakpoints of a breakpoint manager. */
public final class EventBreakpoints {
    private final IBreakpointManager manager;

    public EventBreakpoints(IBreakpointManager manager) {
        this.manager = manager;
    }

    public List<ScriptEventBreakpoint> all() {
        List<ScriptEventBreakpoint> found = new ArrayList<>();
        for (IBreakpoint b : manager.getBreakpoints(BreakpointMarkers.MODEL)) {
            if (b instanceof ScriptEventBreakpoint e && b.getMarker() != null && b.getMarker().exists()) {
                found.add(e);
            }
        }
        return found;
    }

    /** The "suspend on failure" breakpoint, or null. */
    public ScriptEventBreakpoint failure() {
        return all().stream().filter(ScriptEventBreakpoint::isFailure).findFirst().orElse(null);
    }

    /** Adds "suspend on failure" when there is none, else removes it; returns whether it is there afterwards. */
    public boolean toggleFailure() throws CoreException {
        ScriptEventBreakpoint existing = failure();
        if (existing != null) {
            existing.delete();
            return false;
        }
        new ScriptEventBreakpoint(BreakpointMarkers.FAILURE, null, true);
        return true;
    }

    /** The URC breakpoint with exactly {@code pattern}, or null. */
    public ScriptEventBreakpoint urc(String pattern) {
        return all().stream().filter(b -> b.isUrc() && pattern.equals(b.urcPattern())).findFirst().orElse(null);
    }

    /**
     * Adds a "suspend on URC" breakpoint for {@code pattern} (already checked with {@link UrcPatternCheck}); an
     * existing one with the same pattern is enabled and returned instead.
     */
    public ScriptEventBreakpoint addUrc(String pattern) throws CoreException {
        String text = pattern.strip();
        ScriptEventBreakpoint existing = urc(text);
        if (existing != null) {
            existing.setEnabled(true);
            return existing;
        }
        return new ScriptEventBreakpoint(BreakpointMarkers.URC, text, true);
    }
}
