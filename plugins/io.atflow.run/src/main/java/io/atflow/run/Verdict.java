package io.atflow.run;

/** How a run ended. {@link #exitCode()} is the {@code atflow run} exit code of the CLI contract. */
public enum Verdict {
    /** Every statement did what the script expected. */
    PASSED(0),
    /** The module answered something else, nothing came in time, or the script said {@code fail}. */
    FAILED(1),
    /** The user stopped the run ({@link RunHandle#abort()}, Ctrl-C, Terminate). */
    ABORTED(1),
    /** A configuration or connection problem: the port, a secret, a variable override, the transcript file. */
    ERROR(2);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
