package io.atflow.sim.at;

/** One comma-separated parameter of a command line: its text and whether it was written in double quotes. */
public record AtArg(String text, boolean quoted) {

    /** An omitted parameter, as between two commas. */
    public boolean omitted() {
        return !quoted && text.isEmpty();
    }
}
