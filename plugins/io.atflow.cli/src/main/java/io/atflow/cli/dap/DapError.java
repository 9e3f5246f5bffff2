package io.atflow.cli.dap;

/** A request that cannot be done: answered as an error response with this one sentence. */
final class DapError extends Exception {
    private static final long serialVersionUID = 1L;

    DapError(String message) {
        super(message);
    }
}
