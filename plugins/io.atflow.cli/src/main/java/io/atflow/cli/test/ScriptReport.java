package io.atflow.cli.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.atflow.run.RunResult;
import io.atflow.run.Verdict;

/**
 * What one script did on one module.
 *
 * @param module     the module's name; null when no module could take the script
 * @param facts      what the module told about itself (property name to value: {@code module.port},
 *                   {@code ATI}, {@code AT+CGMR}, ...), in order
 * @param steps      the steps that ran, in order
 * @param result     the run's result, or one made up for a script that did not run (errors, no module)
 * @param broken     why the module was found broken after this script (null: it was not)
 * @param transcript the engine's transcript of the run, secrets masked ("" when nothing ran)
 */
record ScriptReport(TestScript script, String module, Map<String, String> facts, List<StepReport> steps,
        RunResult result, String broken, String transcript, Instant started) {

    ScriptReport {
        facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
        steps = List.copyOf(steps);
    }

    /** A script that did not run: {@code why} is an {@link Verdict#ERROR}. */
    static ScriptReport notRun(TestScript script, String module, String why) {
        String name = java.nio.file.Path.of(script.path()).getFileName().toString();
        return new ScriptReport(script, module, Map.of(), List.of(new StepReport(name, null, false, Duration.ZERO, why,
                List.of(), null, List.of())), new RunResult(Verdict.ERROR, why, null, Duration.ZERO), null, "",
                Instant.now());
    }

    boolean passed() {
        return result.passed() && broken == null;
    }

    /** {@code file:line: message}, with the module's breakdown first when it broke. */
    String why() {
        String run = result.describe();
        return broken == null ? run : "module " + module + " " + broken + "; the script ended with: " + run;
    }

    /** {@code examples/7-property-post.atflow on sim-1}. */
    String title() {
        return script.path() + (module == null ? "" : " on " + module);
    }
}
