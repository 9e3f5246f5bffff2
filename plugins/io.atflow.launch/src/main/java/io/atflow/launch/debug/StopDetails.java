package io.atflow.launch.debug;

import org.eclipse.debug.core.DebugEvent;

import io.atflow.run.debug.StopReason;

/** The SUSPEND event's detail for a stop reason (suspend on failure or URC counts as a breakpoint, as in JDT). */
final class StopDetails {
    private StopDetails() {
    }

    static int of(StopReason reason) {
        return switch (reason) {
            case BREAKPOINT, FAILURE, URC -> DebugEvent.BREAKPOINT;
            case STEP -> DebugEvent.STEP_END;
            case PAUSE, ENTRY -> DebugEvent.CLIENT_REQUEST;
        };
    }
}
