package io.atflow.run;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of a run.
 *
 * @param verdict  how it ended
 * @param message  one sentence, secrets masked: what was expected and what was seen for {@code FAILED}, the setting
 *                 to change for {@code ERROR}, a summary such as {@code 4 steps passed} for {@code PASSED}
 * @param location {@code file:line} of the statement that failed (the path as the script was given, includes
 *                 relative to it), or null when no statement is to blame
 * @param elapsed  from the start of the run to its end
 */
public record RunResult(Verdict verdict, String message, String location, Duration elapsed) {
    public RunResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }

    /** {@code file:line: message}, or the message alone when there is no location. */
    public String describe() {
        return location == null ? message : location + ": " + message;
    }
}
