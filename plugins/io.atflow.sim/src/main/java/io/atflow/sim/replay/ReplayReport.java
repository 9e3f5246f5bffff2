package io.atflow.sim.replay;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of replaying a log: how far it got ({@code matched} of {@code exchanges} commands answered as logged,
 * {@code linesCompared} lines), the first mismatch (a replay stops there, since what follows is out of step),
 * unexpected lines after the end and the volatile values seen instead of the logged ones.
 */
public record ReplayReport(String source, int exchanges, int matched, int linesCompared, List<Mismatch> mismatches,
        List<String> trailing, Map<String, String> substitutions, int skippedPreamble) {

    public ReplayReport {
        mismatches = List.copyOf(mismatches);
        trailing = List.copyOf(trailing);
        substitutions = Map.copyOf(substitutions);
    }

    public boolean passed() {
        return mismatches.isEmpty() && trailing.isEmpty();
    }

    /** How far the replay got, e.g. {@code 7 of 12 exchanges match (23 lines)}. */
    public String progress() {
        return matched + " of " + exchanges + " exchanges match (" + linesCompared + " lines)";
    }

    /** The progress, then one line per problem (the lines quoted were masked by the replay). */
    public String summary() {
        String head = source + ": " + progress();
        if (passed()) {
            return head;
        }
        String problems = mismatches.stream().map(m -> m.describe(source)).collect(Collectors.joining("\n"));
        String extra = trailing.stream().map(t -> source + ": after the last logged line the module also said \""
                + t + "\"").collect(Collectors.joining("\n"));
        return head + "\n" + (problems.isEmpty() ? extra : extra.isEmpty() ? problems : problems + "\n" + extra);
    }
}
