package io.atflow.sim.replay;

/** Where a replay went off the log: the log line, what it expected and what the module said (null: nothing). */
public record Mismatch(int line, String expected, String actual) {

    /** One sentence naming the file and line; secrets masked ({@link SecretMask}). */
    public String describe(String source) {
        String said = actual == null ? "nothing" : "\"" + SecretMask.mask(actual) + "\"";
        return source + ":" + line + ": expected \"" + SecretMask.mask(expected) + "\" but the module said " + said;
    }
}
