package io.atflow.launch.debug.breakpoints;

import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Writes what the debugger said about line breakpoints into their markers ({@link BreakpointMarkers#UNVERIFIED}),
 * in a job of its own: the debugger is told of breakpoint changes inside resource notifications, where markers
 * cannot be written.
 */
public final class VerificationMarks {
    private VerificationMarks() {
    }

    /** {@code reasons}: per breakpoint why it is not bound, or null when it is (missing keys: unchanged). */
    public static void write(Map<ScriptLineBreakpoint, String> reasons) {
        if (reasons.isEmpty()) {
            return;
        }
        Job job = Job.create("ATFlow breakpoint verification", monitor -> {
            reasons.forEach((b, reason) -> {
                try {
                    b.setUnverified(reason);
                } catch (CoreException e) {
                    ILog.of(VerificationMarks.class).warn("Cannot mark " + b + ": " + e.getMessage());
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }
}
