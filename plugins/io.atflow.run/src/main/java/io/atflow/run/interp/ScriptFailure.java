package io.atflow.run.interp;

import io.atflow.run.Verdict;

/**
 * Ends the statement, step or run that is executing: a {@link Verdict#FAILED} expectation or {@code fail}, an
 * {@link Verdict#ABORTED} run, or an {@link Verdict#ERROR} of configuration or connection. The message is one
 * sentence without the location; {@code location} is {@code file:line} of the statement, or null.
 */
public final class ScriptFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Verdict verdict;
    private final String location;
    private final boolean retryable;

    private ScriptFailure(Verdict verdict, String message, String location, boolean retryable) {
        super(message, null, false, false);
        this.verdict = verdict;
        this.location = location;
        this.retryable = retryable;
    }

    /** The module or the script did not do what was expected; a {@code retry} may help. */
    public static ScriptFailure failed(String message, String location) {
        return new ScriptFailure(Verdict.FAILED, message, location, true);
    }

    /** A failure that a retry cannot fix: a handler's {@code fail}, a timeout of the whole script. */
    public static ScriptFailure fatal(String message, String location) {
        return new ScriptFailure(Verdict.FAILED, message, location, false);
    }

    public static ScriptFailure aborted(String message, String location) {
        return new ScriptFailure(Verdict.ABORTED, message, location, false);
    }

    public static ScriptFailure error(String message, String location) {
        return new ScriptFailure(Verdict.ERROR, message, location, false);
    }

    public Verdict verdict() {
        return verdict;
    }

    public String location() {
        return location;
    }

    public boolean retryable() {
        return retryable;
    }

    /** {@code file:line: message}. */
    public String describe() {
        return location == null ? getMessage() : location + ": " + getMessage();
    }
}
