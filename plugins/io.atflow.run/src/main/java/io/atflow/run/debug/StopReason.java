package io.atflow.run.debug;

/** Why a run is suspended; {@link #dap()} is the DAP {@code stopped} event's reason. */
public enum StopReason {
    /** Before the first statement ({@code stopOnEntry}). */
    ENTRY("entry"),
    /** At a line breakpoint whose condition and hit condition hold. */
    BREAKPOINT("breakpoint"),
    /** A step (over, into, out) ended. */
    STEP("step"),
    /** The user asked for a pause. */
    PAUSE("pause"),
    /** Suspend on failure: an expect mismatch, a timeout, ERROR / +CME ERROR, a {@code fail} statement. */
    FAILURE("exception"),
    /** Suspend on URC: a URC matching the configured pattern arrived. */
    URC("exception");

    private final String dap;

    StopReason(String dap) {
        this.dap = dap;
    }

    public String dap() {
        return dap;
    }
}
