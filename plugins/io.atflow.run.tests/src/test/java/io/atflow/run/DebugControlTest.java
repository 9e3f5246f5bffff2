package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Hit conditions, breakpoints set during the run (also in an included file), pause, a handler's failure. */
class DebugControlTest {
    @TempDir
    Path dir;

    /** Five attempts reach line 3 five times; which of them suspend (counted by the commands the module got). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "3 | 3 4 5", ">= 4 | 4 5", "> 3 | 4 5", "== 2 | 2", "% 2 | 2 4",
            "1 | 1 2 3 4 5" })
    void hitConditionsCountTheHits(String hits, String suspendsAt) throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK");
            Path file = Runs.write(dir, "h.atflow", "step \"s\" retry 4 {\n  send AT\n  log \"x\"\n  fail \"again\"\n}\n");
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(new Breakpoint(file, 3, null, hits)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            List<Integer> expected = Arrays.stream(suspendsAt.split(" ")).map(Integer::valueOf).toList();
            List<Integer> at = new ArrayList<>();
            for (int i = 1; i <= expected.size(); i++) {
                run.suspension(i);
                at.add(m.received().size());
                d.resume();
            }
            assertEquals(Verdict.FAILED, run.outcome().result().verdict());
            assertEquals(expected, at);
            assertEquals(expected.size(), run.suspensions.size());
        }
    }

    @Test
    void breakpointsSetWhileSuspendedHoldAlsoInIncludedFiles() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path inc = Runs.write(dir, "common/net.atflow", "log \"net 1\"\n\nlog \"net 2\"\n");
            Path main = Runs.write(dir, "main.atflow", "log \"main\"\ninclude \"common/net.atflow\"\nlog \"end\"\n");
            Debugger d = Debugger.create();
            d.setSuspendOnEntry(true);
            Debugging run = Debugging.start(d, Runs.of(main, m.target()));
            run.suspension(1);
            List<BreakpointState> states = d.setBreakpoints(inc, List.of(Breakpoint.at(inc, 2)));
            assertEquals(3, states.get(0).line());
            d.resume();
            Suspension s = run.suspension(2);
            assertEquals(StopReason.BREAKPOINT, s.reason());
            assertEquals(inc.toAbsolutePath().normalize(), s.frames().get(0).file());
            assertEquals(List.of("log \"net 2\"", "include \"common/net.atflow\"", "script main.atflow"), run.names());
            assertEquals(List.of(3, 2, 2), run.lines());
            Runs.until("the logs were delivered", () -> DebugFailureTest.logs(run).size() == 2);
            assertEquals(List.of("main", "net 1"), DebugFailureTest.logs(run));
            d.setBreakpoints(inc, List.of());
            d.resume();
            assertEquals(Verdict.PASSED, run.outcome().result().verdict());
            assertEquals(2, run.suspensions.size());
        }
    }

    @Test
    void pauseSuspendsAtTheNextStatementAfterADelay() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "p.atflow", "delay 300ms\nlog \"after\"\n");
            Debugger d = Debugger.create();
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the delay sleeps", () -> run.handle.context() != null && run.handle.context().isSleeping());
            d.pause();
            Suspension s = run.suspension(1);
            assertEquals(StopReason.PAUSE, s.reason());
            assertEquals("pause", s.reason().dap());
            assertEquals(List.of(2, 2), run.lines());
            assertEquals(List.of(), DebugFailureTest.logs(run));
            d.resume();
            assertEquals(List.of("after"), run.outcome().logs());
        }
    }

    @Test
    void aHandlersFailSuspendsInTheHandlerAboveTheScriptsStatement() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "f.atflow", """
                    on +QMTSTAT: 0,{err} fail "link lost: ${err}"
                    await +NEVER within 30s
                    """);
            Debugger d = Debugger.create();
            d.setSuspendOnFailure(true);
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the await waits", () -> DebugTimeTest.awaits(run) > 0);
            m.urc("+QMTSTAT: 0,1");
            Suspension s = run.suspension(1);
            assertEquals(StopReason.FAILURE, s.reason());
            assertTrue(s.description().endsWith("link lost: 1"), s.description());
            assertEquals(List.of("fail \"link lost: ${err}\"", "on +QMTSTAT: 0,{err}", "await +NEVER within 30s",
                    "script f.atflow"), run.names());
            assertEquals(List.of(1, 1, 2, 2), run.lines());
            assertEquals("1", d.evaluate(1, "err"));
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertTrue(o.result().message().startsWith("link lost: 1"), o.result().message());
        }
    }
}
