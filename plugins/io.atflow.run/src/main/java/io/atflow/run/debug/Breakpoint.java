package io.atflow.run.debug;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A line breakpoint as a front end sets it: disabled breakpoints are not passed at all (as in DAP).
 *
 * @param file         the script file (absolute, normalized by the debugger)
 * @param line         1-based line as the user set it; the debugger binds it to the first statement that starts on
 *                     or after it (see {@link BreakpointState})
 * @param condition    an expression in the language's syntax (e.g. {@code attempt == "2"}), or null: always
 * @param hitCondition how many hits before it suspends: {@code "3"} (the 3rd hit and every hit after it),
 *                     {@code ">= 3"}, {@code "> 2"}, {@code "== 3"}, {@code "% 2"} (every 2nd), or null
 */
public record Breakpoint(Path file, int line, String condition, String hitCondition) {
    public Breakpoint {
        Objects.requireNonNull(file, "file");
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " is not a line number");
        }
    }

    public static Breakpoint at(Path file, int line) {
        return new Breakpoint(file, line, null, null);
    }
}
