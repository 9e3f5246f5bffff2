package io.atflow.cli.test;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.atflow.cli.CliException;
import io.atflow.cli.Command;
import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.load.ScriptLoader;

/**
 * {@code atflow test [PATH...]}: runs scripts as tests on a pool of modules and writes JUnit XML and TAP reports.
 * Exit 0 when every script passed, 1 when any failed (or could not run), 2 for usage and configuration errors.
 */
public final class TestCommand implements Command {
    private final TestListener watcher;
    private final Boolean live;

    public TestCommand() {
        this(null, null);
    }

    /**
     * @param watcher told about every script as well (tests), may be null
     * @param live    whether to draw the live status line; null: when standard output is a terminal
     */
    TestCommand(TestListener watcher, Boolean live) {
        this.watcher = watcher;
        this.live = live;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String synopsis() {
        return "test [PATH...] [--junit FILE] [--tap FILE] [--ports sim|PORT,... | --lab lab.toml [--tag T]...] [-j N]"
                + " [--var k=v]...";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws CliException {
        TestOptions o = TestOptions.parse(args);
        ScriptLoader loader = AtFlowLanguage.loader();
        List<TestScript> scripts = new ArrayList<>();
        for (Path p : new ScriptFinder(loader).find(o.paths())) {
            try {
                scripts.add(TestScript.of(loader.load(p)));
            } catch (IOException e) {
                throw CliException.usage(e.getMessage());
            }
        }
        long start = System.nanoTime();
        List<ScriptReport> reports;
        try (ConsoleProgress progress = new ConsoleProgress(out, scripts.size(),
                live == null ? ConsoleProgress.terminal() : live)) {
            TestListener listener = watcher == null ? progress : both(progress, watcher);
            TestRun run = new TestRun(o.modules(), new ProfileMatch(AtCatalog.standard()),
                    new ScriptExecution(new ModuleProbe(loader), o.variables()), o.jobs(), listener);
            reports = run.run(scripts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(CliException.FAILED, "interrupted");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        write(o, reports, elapsed);
        long failed = reports.stream().filter(r -> !r.passed()).count();
        out.println(reports.size() + " script" + (reports.size() == 1 ? "" : "s") + ": "
                + (reports.size() - failed) + " passed, " + failed + " failed ("
                + ConsoleProgress.elapsed(elapsed) + ")");
        out.flush();
        return failed == 0 ? 0 : CliException.FAILED;
    }

    private static void write(TestOptions o, List<ScriptReport> reports, Duration elapsed) throws CliException {
        try {
            if (o.junit() != null) {
                JUnitReport.write(o.junit(), reports, elapsed);
            }
            if (o.tap() != null) {
                TapReport.write(o.tap(), reports);
            }
        } catch (IOException e) {
            throw CliException.usage("cannot write the report: " + e.getMessage());
        }
    }

    private static TestListener both(TestListener a, TestListener b) {
        return new TestListener() {
            @Override
            public void started(TestScript script, LabModule module) {
                a.started(script, module);
                b.started(script, module);
            }

            @Override
            public void finished(ScriptReport report) {
                a.finished(report);
                b.finished(report);
            }

            @Override
            public void broken(LabModule module, String why) {
                a.broken(module, why);
                b.broken(module, why);
            }
        };
    }
}
