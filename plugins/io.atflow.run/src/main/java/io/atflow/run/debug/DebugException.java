package io.atflow.run.debug;

/** A debugger request that cannot be done, in one sentence (e.g. "the run is not suspended"). */
public final class DebugException extends Exception {
    private static final long serialVersionUID = 1L;

    public DebugException(String message) {
        super(message);
    }
}
