package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.BreakpointState;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Line breakpoints: binding to statements, conditions in the language's syntax, hit counts. */
class DebugBreakpointTest {
    @TempDir
    Path dir;

    static final String LOOP = """
            var n = "0"
            step "ask" retry 4 {
              send AT+CSQ expect +CSQ: {rssi},{ber}
              set n = rssi

              log "rssi ${rssi}"
              fail "again"
            }
            """;

    @Test
    void bindsToTheNextStatementAndSaysWhyNotOtherwise() {
        Path file = Runs.write(dir, "t.atflow", LOOP);
        Debugger d = Debugger.create();
        List<BreakpointState> states = d.setBreakpoints(file, List.of(Breakpoint.at(file, 5), Breakpoint.at(file,
                3), Breakpoint.at(file, 9), new Breakpoint(file, 4, "n ==", null),
                new Breakpoint(file, 4, null, "sometimes")));
        assertEquals(new BreakpointState(states.get(0).id(), 6, true, null), states.get(0));
        assertEquals(3, states.get(1).line());
        assertTrue(states.get(1).verified());
        assertFalse(states.get(2).verified());
        assertEquals("no statement starts on or after line 9 of t.atflow", states.get(2).message());
        assertFalse(states.get(3).verified());
        assertTrue(states.get(3).message().startsWith("the breakpoint at line 4 of t.atflow is not set: the "
                + "condition \"n ==\" is not an expression"), states.get(3).message());
        assertFalse(states.get(4).verified());
        assertTrue(states.get(4).message().contains("\"sometimes\" is not a count"), states.get(4).message());
    }

    @Test
    void stopsAtABreakpointWithFramesAndVariablesAndResumes() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CSQ", "+CSQ: 17,99", "OK");
            Path file = Runs.write(dir, "t.atflow", LOOP.replace("fail \"again\"", "log \"done\""));
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 6)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Suspension s = run.suspension(1);
            assertEquals(StopReason.BREAKPOINT, s.reason());
            assertEquals(List.of("log \"rssi ${rssi}\"", "step \"ask\"", "script t.atflow"), run.names());
            assertEquals(List.of(6, 2, 2), run.lines());
            assertEquals(file.toAbsolutePath().normalize(), s.frames().get(0).file());
            assertEquals("17", run.variable("Variables", "rssi").value());
            assertEquals("17", run.variable("Variables", "n").value());
            assertEquals("99", d.evaluate(1, "ber"));
            assertEquals("true", d.evaluate(1, "rssi == \"17\""));
            d.resume();
            assertEquals(Verdict.PASSED, run.outcome().result().verdict());
            assertEquals(1, run.suspensions.size());
            assertTrue(d.suspension().isEmpty());
        }
    }

    @Test
    void conditionsAndHitCountsDecideWhichHitsSuspend() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CSQ", "+CSQ: 17,99", "OK");
            Path file = Runs.write(dir, "t.atflow", LOOP);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(new Breakpoint(file, 6, "rssi == \"17\"", "% 2"),
                    new Breakpoint(file, 4, "n == \"never\"", null)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            run.suspension(1);
            assertEquals(2, m.received().size(), "the 2nd attempt's hit suspends: " + m.received());
            d.resume();
            run.suspension(2);
            assertEquals(4, m.received().size(), "then the 4th: " + m.received());
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.FAILED, o.result().verdict());
            assertEquals(2, run.suspensions.size(), "5 attempts, every 2nd hit suspends");
            assertNull(d.suspension().orElse(null));
        }
    }

    @Test
    void oneDebuggerServesRunAfterRunWithItsBreakpointsAndFreshHitCounts() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CSQ", "+CSQ: 17,99", "OK");
            Path file = Runs.write(dir, "t.atflow", LOOP.replace("fail \"again\"", "log \"done\""));
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(new Breakpoint(file, 6, null, "== 1")));
            for (int i = 1; i <= 2; i++) {
                Debugging run = Debugging.start(d, Runs.of(file, m.target()));
                assertEquals(StopReason.BREAKPOINT, run.suspension(1).reason(), "run " + i);
                d.resume();
                assertEquals(Verdict.PASSED, run.outcome().result().verdict());
                d.removeListener(run);
            }
        }
    }
}
