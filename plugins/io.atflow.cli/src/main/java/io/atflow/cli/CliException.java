package io.atflow.cli;

/** An expected failure: printed as one line, then the process exits with {@link #exitCode()}. */
public class CliException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Script failed or diagnostics with errors. */
    public static final int FAILED = 1;
    /** Usage, configuration or connection error. */
    public static final int USAGE = 2;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(USAGE, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
