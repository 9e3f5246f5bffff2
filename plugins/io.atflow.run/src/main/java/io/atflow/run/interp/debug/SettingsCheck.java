package io.atflow.run.interp.debug;

import java.util.Optional;

/** Parses a breakpoint's condition and hit condition as the debugger does; the first problem in one sentence. */
public final class SettingsCheck {
    private SettingsCheck() {
    }

    /** See {@link io.atflow.run.debug.BreakpointSettings#check}. */
    public static Optional<String> problem(String condition, String hitCondition) {
        try {
            if (condition != null && !condition.isBlank()) {
                ExpressionParser.parse(condition);
            }
        } catch (IllegalArgumentException e) {
            return Optional.of("the condition " + e.getMessage());
        }
        try {
            HitCondition.parse(hitCondition);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
