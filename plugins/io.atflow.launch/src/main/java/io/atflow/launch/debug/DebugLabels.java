package io.atflow.launch.debug;

import io.atflow.run.debug.Suspension;

/**
 * Texts of the ATFlow debug elements in the Debug view: {@code script (suspended at a breakpoint: ...)},
 * {@code step "connect"  [7-property-post.atflow:21]}; null for elements the default labels show.
 */
final class DebugLabels {
    private DebugLabels() {
    }

    static String text(Object element) {
        if (element instanceof ScriptDebugTarget t) {
            return t.getName() + (t.isTerminated() ? " (terminated)" : "");
        }
        if (element instanceof ScriptThread t) {
            return thread(t);
        }
        if (element instanceof ScriptStackFrame f) {
            String file = f.frame().file() == null ? "" : f.frame().file().getFileName() + ":";
            return f.getName() + "  [" + file + f.getLineNumber() + "]";
        }
        return null;
    }

    private static String thread(ScriptThread t) {
        if (t.isTerminated()) {
            return t.getName() + " (terminated)";
        }
        Suspension s = t.suspension();
        if (s == null) {
            return t.getName() + (t.isStepping() ? " (stepping)" : " (running)");
        }
        String why = switch (s.reason()) {
            case BREAKPOINT -> "suspended at a breakpoint";
            case STEP -> "suspended after a step";
            case PAUSE -> "suspended";
            case ENTRY -> "suspended on entry";
            case FAILURE -> "suspended on failure";
            case URC -> "suspended on a URC";
        };
        String d = s.description();
        return t.getName() + " (" + why + (d == null || d.isBlank() ? "" : ": " + d) + ")";
    }
}
