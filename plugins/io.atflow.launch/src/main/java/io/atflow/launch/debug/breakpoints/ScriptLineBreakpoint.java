package io.atflow.launch.debug.breakpoints;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.LineBreakpoint;

import io.atflow.run.debug.Breakpoint;

/**
 * A line breakpoint in an ATFlow script: a persistent marker of type {@value BreakpointMarkers#LINE} on the file,
 * with an optional condition and hit condition. The marker's line is kept up to date by the editor's annotation
 * model (it moves with edits and is written back on save). The breakpoint manager re-creates it from its marker at
 * start-up through the no-argument constructor.
 */
public class ScriptLineBreakpoint extends LineBreakpoint {
    /** For the breakpoint manager, which then sets the marker. */
    public ScriptLineBreakpoint() {
    }

    /**
     * Creates the marker on {@code file} at 1-based {@code line} (characters {@code charStart..charEnd} when known,
     * else -1) and, if {@code register}, adds the breakpoint to the breakpoint manager.
     */
    public ScriptLineBreakpoint(IResource file, int line, int charStart, int charEnd, boolean register)
            throws CoreException {
        run(getMarkerRule(file), monitor -> {
            IMarker marker = file.createMarker(BreakpointMarkers.LINE);
            Map<String, Object> attributes = BreakpointMarkers.newBreakpoint();
            attributes.put(IMarker.LINE_NUMBER, line);
            if (charStart >= 0 && charEnd >= charStart) {
                attributes.put(IMarker.CHAR_START, charStart);
                attributes.put(IMarker.CHAR_END, charEnd);
            }
            attributes.put(IMarker.MESSAGE, "Line breakpoint: " + file.getName() + " [line: " + line + "]");
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

    /** The condition, or null when there is none. */
    public String getCondition() {
        return blankToNull(getMarker().getAttribute(BreakpointMarkers.CONDITION, (String) null));
    }

    /** Sets the condition (blank or null removes it). */
    public void setCondition(String condition) throws CoreException {
        setAttribute(BreakpointMarkers.CONDITION, blankToNull(condition == null ? null : condition.strip()));
    }

    /** The hit condition, or null when there is none. */
    public String getHitCondition() {
        return blankToNull(getMarker().getAttribute(BreakpointMarkers.HIT_CONDITION, (String) null));
    }

    /** Sets the hit condition (blank or null removes it). */
    public void setHitCondition(String hitCondition) throws CoreException {
        setAttribute(BreakpointMarkers.HIT_CONDITION, blankToNull(hitCondition == null ? null : hitCondition.strip()));
    }

    /** Why the running debugger could not bind it, or null (bound, or not in a run). */
    public String unverified() {
        return blankToNull(getMarker().getAttribute(BreakpointMarkers.UNVERIFIED, (String) null));
    }

    /** Records whether the debugger bound it: {@code reason} why not, or null when it did; no change, no write. */
    public void setUnverified(String reason) throws CoreException {
        if (getMarker().exists() && !java.util.Objects.equals(unverified(), blankToNull(reason))) {
            setAttribute(BreakpointMarkers.UNVERIFIED, blankToNull(reason));
        }
    }

    /** The script file in the file system, or null when the resource has no local location. */
    public Path file() {
        IPath location = getMarker().getResource().getLocation();
        return location == null ? null : location.toFile().toPath().toAbsolutePath().normalize();
    }

    /** The breakpoint as the interpreter's debugger takes it (the marker's current line). */
    public Breakpoint toBreakpoint() throws CoreException {
        Path file = file();
        if (file == null) {
            throw new CoreException(org.eclipse.core.runtime.Status.error(
                    getMarker().getResource().getFullPath() + " is not in the local file system."));
        }
        return new Breakpoint(file, Math.max(1, getLineNumber()), getCondition(), getHitCondition());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
