package io.atflow.cli.test;

import java.time.Duration;
import java.util.List;

/**
 * A step as it ran.
 *
 * @param message        why it failed ({@code file:line: expected ..., got ...}); null when it passed
 * @param failedAttempts why each attempt before the last failed; a passed step with any was flaky
 * @param sent           the last command or data the step sent before it ended (null: none)
 * @param received       what the module printed after {@link #sent} until the step ended
 */
record StepReport(String name, String location, boolean ok, Duration elapsed, String message,
        List<String> failedAttempts, String sent, List<String> received) {

    StepReport {
        failedAttempts = List.copyOf(failedAttempts);
        received = List.copyOf(received);
    }

    boolean flaky() {
        return ok && !failedAttempts.isEmpty();
    }
}
