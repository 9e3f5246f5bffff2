package io.atflow.cli.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.atflow.lang.model.ScriptIndex;
import io.atflow.run.RunResult;
import io.atflow.run.RunTarget;
import io.atflow.sim.run.SimTarget;
import io.atflow.run.ScriptRunner;

/**
 * Runs one script on one module with the interpreter ({@link ScriptRunner}), as {@code atflow run} does, keeping its
 * steps, the masked transcript and the module's facts. A real module is asked for its facts before its first script
 * (a module that does not answer then is broken before it ran anything); a simulated one once per profile.
 */
final class ScriptExecution {
    private final ModuleProbe probe;
    private final Map<String, String> variables;
    private final Map<String, ModuleProbe.Outcome> facts = new ConcurrentHashMap<>();

    ScriptExecution(ModuleProbe probe, Map<String, String> variables) {
        this.probe = probe;
        this.variables = Map.copyOf(variables);
    }

    /** The module's facts (asked once per module, or per profile for simulated ones), or why it did not answer. */
    ModuleProbe.Outcome facts(LabModule m, TestScript s) {
        RunTarget target = ModuleSpecs.target(m, s.profile());
        String key = target instanceof SimTarget sim ? "sim " + sim.config().profile().id() : m.name();
        ModuleProbe.Outcome known = facts.get(key);
        if (known != null && known.answered()) {
            return known;
        }
        ModuleProbe.Outcome asked = probe.ask(target);
        facts.put(key, asked);
        return asked;
    }

    /** Asks the module again: null when it answers, else why not. */
    String check(LabModule m, TestScript s) {
        ModuleProbe.Outcome o = probe.ask(ModuleSpecs.target(m, s.profile()));
        return o.answered() ? null : o.failure();
    }

    ScriptReport run(TestScript s, LabModule m, Map<String, String> moduleFacts) {
        RunTarget target = ModuleSpecs.target(m, s.profile());
        Map<String, String> props = new LinkedHashMap<>();
        props.put("module", m.name());
        props.put("module.port", m.port());
        props.put("module.profile", target instanceof SimTarget sim ? sim.config().profile().id()
                : m.profile() == null ? "unknown" : m.profile());
        if (!m.tags().isEmpty()) {
            props.put("module.tags", String.join(",", m.tags()));
        }
        props.putAll(moduleFacts);
        Instant started = Instant.now();
        Path transcript = null;
        try {
            transcript = Files.createTempFile("atflow-test-", ".transcript");
            ScriptRecorder recorder = new ScriptRecorder();
            ScriptRunner.Builder b = ScriptRunner.builder().script(s.loaded()).target(target).transcript(transcript)
                    .listener(recorder);
            ScriptIndex names = ScriptIndex.build(s.loaded().script());
            variables.forEach((k, v) -> {
                if (names.isDeclared(k)) {
                    b.variable(k, v);
                }
            });
            RunResult r = b.run();
            return new ScriptReport(s, m.name(), props, steps(s, recorder, r), r, null,
                    Files.readString(transcript), started);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the transcript of " + s.path() + ": " + e.getMessage(), e);
        } finally {
            if (transcript != null) {
                try {
                    Files.deleteIfExists(transcript);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            }
        }
    }

    /**
     * The steps that ran, plus one named after the file for what no step covers: a failure outside the steps, or
     * a script without steps.
     */
    private static List<StepReport> steps(TestScript s, ScriptRecorder recorder, RunResult r) {
        List<StepReport> steps = new ArrayList<>(recorder.steps());
        boolean stepFailed = steps.stream().anyMatch(st -> !st.ok());
        if ((!r.passed() && !stepFailed) || steps.isEmpty()) {
            steps.add(new StepReport(Path.of(s.path()).getFileName().toString(), r.location(), r.passed(),
                    r.elapsed(), r.passed() ? null : r.describe(), List.of(), recorder.lastSent(),
                    recorder.lastReceived()));
        }
        return steps;
    }
}
