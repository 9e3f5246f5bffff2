package io.atflow.sim.replay;

/**
 * Where a replay went off the log: the log line, what it expected and what the module said (null: nothing), both
 * masked by the replay ({@link io.atflow.run.LogMasker}).
 */
public record Mismatch(int line, String expected, String actual) {

    /** One sentence naming the file and line. */
    public String describe(String source) {
        String said = actual == null ? "nothing" : "\"" + actual + "\"";
        return source + ":" + line + ": expected \"" + expected + "\" but the module said " + said;
    }
}
