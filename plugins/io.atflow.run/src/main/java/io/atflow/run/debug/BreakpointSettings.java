package io.atflow.run.debug;

import java.util.Optional;

/**
 * The one check of what a user types as a line breakpoint's condition and hit condition, as the debugger applies
 * it when the breakpoint is set (front ends check before storing: Eclipse's detail pane, DAP's setBreakpoints).
 */
public final class BreakpointSettings {
    private BreakpointSettings() {
    }

    /**
     * What is wrong with {@code condition} (an expression of the language; null or blank: none) or
     * {@code hitCondition} ({@code 3}, {@code >= 3}, {@code > 2}, {@code == 3}, {@code % 2}, counts from 1; null or
     * blank: every hit), in one sentence without a final period; empty when both are fine.
     */
    public static Optional<String> check(String condition, String hitCondition) {
        return io.atflow.run.interp.debug.SettingsCheck.problem(condition, hitCondition);
    }
}
