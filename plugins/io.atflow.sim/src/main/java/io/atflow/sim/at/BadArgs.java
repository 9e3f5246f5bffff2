package io.atflow.sim.at;

/** The command line does not fit the command's syntax; the module answers with its syntax-error result code. */
public final class BadArgs extends Exception {
    private static final long serialVersionUID = 1L;

    public BadArgs(String reason) {
        super(reason, null, false, false);
    }
}
