package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugVariable;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Suspend on entry, step over, into and out across includes, if/else branches, step bodies and handlers. */
class DebugSteppingTest {
    @TempDir
    Path dir;

    @Test
    void stepsThroughIncludesBranchesAndStepBodies() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path inc = Runs.write(dir, "lib/inc.atflow", """
                    log "in include"
                    log "include 2"
                    """);
            Path main = Runs.write(dir, "main.atflow", """
                    var a = "1"
                    include "lib/inc.atflow"
                    step "s" {
                      if a == "1" {
                        log "then"
                      } else {
                        log "else"
                      }
                      log "after if"
                    }
                    log "end"
                    """);
            Debugger d = Debugger.create();
            d.setSuspendOnEntry(true);
            Debugging run = Debugging.start(d, Runs.of(main, m.target()));
            assertEquals(StopReason.ENTRY, run.suspension(1).reason());
            assertEquals(List.of(1, 1), run.lines());
            d.stepOver();
            assertEquals(StopReason.STEP, run.suspension(2).reason());
            assertEquals(List.of("include \"lib/inc.atflow\"", "script main.atflow"), run.names());
            d.stepInto();
            run.suspension(3);
            assertEquals(List.of("log \"in include\"", "include \"lib/inc.atflow\"", "script main.atflow"),
                    run.names());
            assertEquals(List.of(1, 2, 2), run.lines());
            assertEquals(inc.toAbsolutePath().normalize(), d.suspension().orElseThrow().frames().get(0).file());
            assertEquals(main.toAbsolutePath().normalize(), d.suspension().orElseThrow().frames().get(1).file());
            d.stepOut();
            run.suspension(4);
            assertEquals(List.of("step \"s\"", "script main.atflow"), run.names());
            d.stepInto();
            run.suspension(5);
            assertEquals(List.of(4, 3, 3), run.lines());
            d.stepInto();
            run.suspension(6);
            assertEquals(List.of("log \"then\"", "if a == \"1\"", "step \"s\"", "script main.atflow"),
                    run.names());
            assertEquals(List.of(5, 4, 3, 3), run.lines());
            d.stepOut();
            run.suspension(7);
            assertEquals(List.of(9, 3, 3), run.lines());
            d.stepOver();
            run.suspension(8);
            assertEquals(List.of(11, 11), run.lines());
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("in include", "include 2", "then", "after if", "end"), o.logs());
            assertEquals(8, run.suspensions.size());
        }
    }

    static final String HANDLED = """
            var seen = "none"
            on +QIND: {x} {
              set seen = x
              log "got ${x}"
            }
            send AT+PING
            await +DONE within 30s
            log "end ${seen}"
            """;

    @Test
    void stepIntoEntersAHandlerThatFiresAndStepOutLeavesIt() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+PING", "OK");
            Path file = Runs.write(dir, "h.atflow", HANDLED);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 7)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            run.suspension(1);
            m.urc("+QIND: 7");
            Runs.until("the URC is in the backlog", () -> backlog(run).contains("+QIND: 7"));
            assertEquals(List.of(), fired(run), "handlers do not run while suspended");
            d.stepInto();
            Suspension s = run.suspension(2);
            assertEquals(StopReason.STEP, s.reason());
            assertEquals(List.of("set seen = x", "on +QIND: {x}", "await +DONE within 30s", "script h.atflow"),
                    run.names());
            assertEquals(List.of(3, 2, 7, 7), run.lines());
            assertEquals("7", run.variable("Variables", "x").value());
            d.stepOver();
            run.suspension(3);
            assertEquals(List.of(4, 2, 7, 7), run.lines());
            d.stepOut();
            Runs.until("the handler ended", () -> DebugFailureTest.logs(run).contains("got 7"));
            Runs.until("the await waits", () -> run.handle.context().session().urcs().waitingAwaits() > 0);
            m.urc("+DONE");
            run.suspension(4);
            assertEquals(List.of("log \"end ${seen}\"", "script h.atflow"), run.names());
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("got 7", "end 7"), o.logs());
        }
    }

    @Test
    void stepOverRunsAFiringHandlerWithoutStoppingInIt() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+PING", "OK");
            Path file = Runs.write(dir, "h.atflow", HANDLED);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 7)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            run.suspension(1);
            d.stepOver();
            Runs.until("the await waits", () -> run.handle.context().session().urcs().waitingAwaits() > 0);
            m.urc("+QIND: 8");
            Runs.until("the handler ran", () -> run.events.stream().anyMatch(e -> e instanceof RunEvent.LogMessage l
                    && l.text().equals("got 8")));
            m.urc("+DONE");
            run.suspension(2);
            assertEquals(List.of(8, 8), run.lines());
            assertEquals("8", run.variable("Variables", "seen").value());
            d.resume();
            assertEquals(Verdict.PASSED, run.outcome().result().verdict());
            assertEquals(2, run.suspensions.size());
        }
    }

    static List<String> fired(Debugging run) {
        return run.events.stream().filter(RunEvent.HandlerFired.class::isInstance)
                .map(e -> ((RunEvent.HandlerFired) e).line()).toList();
    }

    static List<String> backlog(Debugging run) {
        try {
            return run.variable("Module", "URC backlog").children().stream().map(DebugVariable::value).toList();
        } catch (DebugException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void stepsNeedASuspendedRun() {
        Debugger d = Debugger.create();
        DebugException e = org.junit.jupiter.api.Assertions.assertThrows(DebugException.class, d::stepOver);
        assertEquals("the run is not suspended", e.getMessage());
        assertTrue(d.suspension().isEmpty());
    }
}
