package io.atflow.sim.replay;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The outcome of replaying a log: how much was compared, the first mismatch (a replay stops there, since what
 * follows is out of step), unexpected lines after the end, the volatile values seen instead of the logged ones and
 * the {@link Allowance}s that were needed.
 */
public record ReplayReport(String source, int exchanges, int linesCompared, List<Mismatch> mismatches,
        List<String> trailing, Map<String, String> substitutions, int skippedPreamble, List<Allowance> allowed) {

    public ReplayReport {
        mismatches = List.copyOf(mismatches);
        trailing = List.copyOf(trailing);
        substitutions = Map.copyOf(substitutions);
        allowed = List.copyOf(allowed);
    }

    public boolean passed() {
        return mismatches.isEmpty() && trailing.isEmpty();
    }

    /** One line per problem (secrets masked), or a one-line success summary. */
    public String summary() {
        if (passed()) {
            return source + ": " + exchanges + " commands, " + linesCompared + " lines match"
                    + (allowed.isEmpty() ? "" : " (" + allowed.size() + " by allowance)");
        }
        String problems = mismatches.stream().map(m -> m.describe(source)).collect(Collectors.joining("\n"));
        String extra = trailing.stream().map(t -> source + ": after the last logged line the module also said \""
                + SecretMask.mask(t) + "\"").collect(Collectors.joining("\n"));
        return problems.isEmpty() ? extra : extra.isEmpty() ? problems : problems + "\n" + extra;
    }
}
