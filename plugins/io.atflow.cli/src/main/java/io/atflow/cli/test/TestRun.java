package io.atflow.cli.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.atflow.lang.load.Diagnostic;

/**
 * Runs scripts on a pool of modules with {@code jobs} workers: each worker takes a waiting script and a free module
 * that suits it ({@link ModulePool}), runs it ({@link ScriptExecution}) and gives the module back. When a script
 * fails on a real module the module is asked who it is again; if it does not answer it is broken, the script is
 * reported with that reason, and the remaining scripts go to the other modules. Scripts with errors do not run.
 */
final class TestRun {
    private final List<LabModule> modules;
    private final ProfileMatch match;
    private final ScriptExecution execution;
    private final int jobs;
    private final TestListener listener;

    TestRun(List<LabModule> modules, ProfileMatch match, ScriptExecution execution, int jobs, TestListener listener) {
        this.modules = List.copyOf(modules);
        this.match = match;
        this.execution = execution;
        this.jobs = jobs;
        this.listener = listener;
    }

    /** The reports in the order of {@code scripts}. */
    List<ScriptReport> run(List<TestScript> scripts) throws InterruptedException {
        Map<TestScript, ScriptReport> done = new ConcurrentHashMap<>();
        List<TestScript> runnable = new ArrayList<>();
        for (TestScript s : scripts) {
            if (s.loaded().hasErrors() || s.loaded().script() == null) {
                ScriptReport r = withErrors(s);
                done.put(s, r);
                listener.finished(r);
            } else {
                runnable.add(s);
            }
        }
        ModulePool pool = new ModulePool(modules, match, runnable);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < Math.max(1, jobs); i++) {
            workers.add(Thread.ofPlatform().name("atflow-test-" + (i + 1)).daemon().start(() -> work(pool, done)));
        }
        for (Thread t : workers) {
            t.join();
        }
        return scripts.stream().map(done::get).toList();
    }

    private void work(ModulePool pool, Map<TestScript, ScriptReport> done) {
        try {
            ModulePool.Assignment a;
            while ((a = pool.next()) != null) {
                ScriptReport r = a.module() == null ? ScriptReport.notRun(a.script(), null, a.unrunnable())
                        : runOn(pool, a.script(), a.module());
                if (r != null) {
                    done.put(a.script(), r);
                    listener.finished(r);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The script's report, or null when the module was found broken before it ran (the script waits again). */
    private ScriptReport runOn(ModulePool pool, TestScript s, LabModule m) {
        ModuleProbe.Outcome facts = execution.facts(m, s);
        if (!facts.answered()) {
            String why = "did not answer " + String.join(" and ", ModuleProbe.COMMANDS) + " (" + facts.failure() + ")";
            pool.broken(m, why, s);
            listener.broken(m, why);
            return null;
        }
        listener.started(s, m);
        ScriptReport r = execution.run(s, m, facts.facts());
        if (!r.passed() && !m.simulated()) {
            String dead = execution.check(m, s);
            if (dead != null) {
                String why = "stopped answering (" + dead + ")";
                r = new ScriptReport(r.script(), r.module(), r.facts(), r.steps(), r.result(), why, r.transcript(),
                        r.started());
                pool.broken(m, why, null);
                listener.broken(m, why);
                return r;
            }
        }
        pool.release(m);
        return r;
    }

    private static ScriptReport withErrors(TestScript s) {
        List<Diagnostic> errors = s.loaded().diagnostics().stream().filter(Diagnostic::isError).toList();
        String first = errors.isEmpty() ? s.path() + " cannot be parsed" : errors.get(0).format();
        ScriptReport r = ScriptReport.notRun(s, null, "the script has " + Math.max(1, errors.size()) + " error"
                + (errors.size() > 1 ? "s" : "") + " and did not run; the first: " + first);
        return new ScriptReport(s, null, Map.of(), r.steps(), r.result(), null,
                s.loaded().diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n")),
                r.started());
    }
}
