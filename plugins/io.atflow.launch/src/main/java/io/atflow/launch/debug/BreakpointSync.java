package io.atflow.launch.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.debug.core.IBreakpointListener;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.model.IBreakpoint;

import io.atflow.launch.debug.breakpoints.BreakpointMarkers;
import io.atflow.launch.debug.breakpoints.ScriptEventBreakpoint;
import io.atflow.launch.debug.breakpoints.ScriptLineBreakpoint;
import io.atflow.launch.debug.breakpoints.UrcPatternCheck;
import io.atflow.launch.debug.breakpoints.VerificationMarks;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;

/**
 * Keeps a run's {@link Debugger} in step with the breakpoint manager: the enabled ATFlow line breakpoints per file,
 * suspend on failure and suspend on a URC; passed at launch and again on every change (added, removed, enabled,
 * moved, condition edited, "Skip All Breakpoints").
 */
public final class BreakpointSync implements IBreakpointListener, IBreakpointManagerListener {
    private final IBreakpointManager manager;
    private final Debugger debugger;
    /** Files given breakpoints before: they get an empty list when their last one goes. */
    private final Set<Path> files = new HashSet<>();
    /** Each line breakpoint passed and the line the debugger bound it to. */
    private volatile Map<ScriptLineBreakpoint, Integer> bound = Map.of();
    /** The line breakpoints this run marked (verified or not). */
    private final Set<ScriptLineBreakpoint> marked = new HashSet<>();

    public BreakpointSync(IBreakpointManager manager, Debugger debugger) {
        this.manager = manager;
        this.debugger = debugger;
    }

    void start() {
        manager.addBreakpointListener(this);
        manager.addBreakpointManagerListener(this);
        changed();
    }

    void stop() {
        manager.removeBreakpointListener(this);
        manager.removeBreakpointManagerListener(this);
        Map<ScriptLineBreakpoint, String> none = new HashMap<>();
        synchronized (this) {
            marked.forEach(b -> none.put(b, null)); // no run, nothing to bind to
        }
        VerificationMarks.write(none);
    }

    /** Passes the current breakpoints to the debugger. */
    synchronized void changed() {
        boolean active = manager.isEnabled();
        Map<Path, List<ScriptLineBreakpoint>> lines = new LinkedHashMap<>();
        boolean failure = false;
        List<String> urcs = new ArrayList<>();
        for (IBreakpoint b : manager.getBreakpoints(BreakpointMarkers.MODEL)) {
            if (!active || !enabled(b)) {
                continue;
            }
            if (b instanceof ScriptLineBreakpoint l && l.file() != null) {
                lines.computeIfAbsent(l.file(), f -> new ArrayList<>()).add(l);
            } else if (b instanceof ScriptEventBreakpoint e) {
                failure |= e.isFailure();
                if (e.isUrc() && e.urcPattern() != null) {
                    urcs.add(e.urcPattern());
                }
            }
        }
        Map<ScriptLineBreakpoint, Integer> now = new LinkedHashMap<>();
        Map<ScriptLineBreakpoint, String> reasons = new HashMap<>();
        files.addAll(lines.keySet());
        for (Path file : files) {
            List<ScriptLineBreakpoint> list = lines.getOrDefault(file, List.of());
            List<Breakpoint> given = new ArrayList<>();
            List<ScriptLineBreakpoint> passed = new ArrayList<>();
            for (ScriptLineBreakpoint l : list) {
                try {
                    given.add(l.toBreakpoint());
                    passed.add(l);
                } catch (CoreException e) {
                    // not on the local file system: the run cannot stop there
                }
            }
            List<BreakpointState> states = debugger.setBreakpoints(file, given);
            for (int i = 0; i < passed.size() && i < states.size(); i++) {
                if (states.get(i).verified()) {
                    now.put(passed.get(i), states.get(i).line());
                }
                reasons.put(passed.get(i), states.get(i).verified() ? null : states.get(i).message());
            }
        }
        bound = now;
        marked.addAll(reasons.keySet());
        VerificationMarks.write(reasons);
        debugger.setSuspendOnFailure(failure);
        // the Suspend on URC dialog checks patterns with the language's syntax; one edited in the marker is left out
        List<String> valid = urcs.stream().filter(p -> UrcPatternCheck.problem(p) == null).toList();
        try {
            debugger.setSuspendOnUrc(valid);
        } catch (io.atflow.run.debug.DebugException e) {
            ILog.of(BreakpointSync.class).warn("Suspend on URC is ignored: " + e.getMessage());
        }
    }

    /**
     * The breakpoints that explain a suspension at {@code file}:{@code line} for {@code reason}; for a URC the one
     * whose pattern matched ({@code urcPattern}).
     */
    IBreakpoint[] causing(StopReason reason, Path file, int line, String urcPattern) {
        List<IBreakpoint> out = new ArrayList<>();
        if (reason == StopReason.BREAKPOINT) {
            bound.forEach((b, at) -> {
                if (at == line && Objects.equals(b.file(), file == null ? null : file.toAbsolutePath().normalize())) {
                    out.add(b);
                }
            });
        } else if (reason == StopReason.FAILURE || reason == StopReason.URC) {
            for (IBreakpoint b : manager.getBreakpoints(BreakpointMarkers.MODEL)) {
                if (b instanceof ScriptEventBreakpoint e && e.isUrc() == (reason == StopReason.URC) && enabled(b)
                        && (urcPattern == null || urcPattern.equals(e.urcPattern()))) {
                    out.add(b);
                }
            }
        }
        return out.toArray(IBreakpoint[]::new);
    }

    private static boolean enabled(IBreakpoint b) {
        try {
            return b.getMarker() != null && b.getMarker().exists() && b.isEnabled();
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        relevant(breakpoint);
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        relevant(breakpoint);
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        if (!onlyVerification(breakpoint, delta)) {
            relevant(breakpoint);
        }
    }

    /** Whether the change is only the verification written back (passing it on again would reset the hit counts). */
    private static boolean onlyVerification(IBreakpoint b, IMarkerDelta delta) {
        if (delta == null || b.getMarker() == null || !b.getMarker().exists()) {
            return false;
        }
        try {
            Map<String, Object> before = new HashMap<>(delta.getAttributes() == null ? Map.of() : delta.getAttributes());
            Map<String, Object> after = new HashMap<>(b.getMarker().getAttributes());
            before.remove(BreakpointMarkers.UNVERIFIED);
            after.remove(BreakpointMarkers.UNVERIFIED);
            return before.equals(after) && !Objects.equals(delta.getAttribute(BreakpointMarkers.UNVERIFIED),
                    b.getMarker().getAttribute(BreakpointMarkers.UNVERIFIED));
        } catch (CoreException e) {
            return false;
        }
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        changed();
    }

    private void relevant(IBreakpoint b) {
        if (BreakpointMarkers.MODEL.equals(b.getModelIdentifier())) {
            changed();
        }
    }
}
