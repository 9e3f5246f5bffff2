package io.atflow.launch.debug.breakpoints;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.debug.core.model.IBreakpoint;

/**
 * The debug model id of ATFlow scripts and the marker types and attributes of its breakpoints (declared in this
 * bundle's plugin.xml; the markers are persistent, so breakpoints survive a workbench restart).
 */
public final class BreakpointMarkers {
    /** The debug model identifier of ATFlow breakpoints, targets and frames. */
    public static final String MODEL = "io.atflow.debug";
    /** Line breakpoints: a subtype of {@code org.eclipse.debug.core.lineBreakpointMarker}. */
    public static final String LINE = "io.atflow.launch.lineBreakpointMarker";
    /** Suspend on failure / on a URC: a subtype of {@code org.eclipse.debug.core.breakpointMarker}. */
    public static final String EVENT = "io.atflow.launch.eventBreakpointMarker";
    /** A line breakpoint's condition in the language's expression syntax (absent: always). */
    public static final String CONDITION = "io.atflow.condition";
    /** A line breakpoint's hit condition ({@code 3}, {@code >= 3}, {@code % 2}; absent: every hit). */
    public static final String HIT_CONDITION = "io.atflow.hitCondition";
    /** An event breakpoint's kind: {@link #FAILURE} or {@link #URC}. */
    public static final String EVENT_KIND = "io.atflow.eventKind";
    /** The URC pattern of a {@link #URC} event breakpoint, in the language's pattern syntax. */
    public static final String URC_PATTERN = "io.atflow.urcPattern";
    /**
     * Why the running debugger could not bind a line breakpoint (one sentence); absent while it binds or no run has
     * it. The Breakpoints view and the ruler show such a breakpoint as not verified.
     */
    public static final String UNVERIFIED = "io.atflow.unverified";
    public static final String FAILURE = "failure";
    public static final String URC = "urc";

    private BreakpointMarkers() {
    }

    /** The attributes every new ATFlow breakpoint marker starts with: this model, enabled, persisted. */
    static Map<String, Object> newBreakpoint() {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IBreakpoint.ID, MODEL);
        attributes.put(IBreakpoint.ENABLED, Boolean.TRUE);
        attributes.put(IBreakpoint.PERSISTED, Boolean.TRUE);
        return attributes;
    }
}
