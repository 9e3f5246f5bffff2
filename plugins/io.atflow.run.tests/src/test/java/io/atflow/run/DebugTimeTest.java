package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.AtChannel;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/**
 * While suspended the module lives on and the run's time stands still: a pending command's timeout and an await's
 * limit exclude the suspended time, URCs reach the backlog in order, handlers wait and run in order after resume.
 * The witness that real time passed is the module itself (a late answer, the engine's own await ending).
 */
class DebugTimeTest {
    @TempDir
    Path dir;

    @Test
    void aPendingCommandKeepsTheTimeItHadLeftWhileSuspended() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+SLOW", "@1500", "OK");
            Path file = Runs.write(dir, "t.atflow", """
                    send AT+SLOW timeout 1s
                    log "answered"
                    """);
            Debugger d = Debugger.create();
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the command waits", () -> channel(run) != null && channel(run).pendingTimeLeft().isPresent());
            d.pause();
            Suspension s = run.suspension(1);
            assertEquals(StopReason.PAUSE, s.reason());
            assertEquals("send AT+SLOW timeout 1s", s.frames().get(0).name());
            Duration left = channel(run).pendingTimeLeft().orElseThrow();
            assertTrue(left.compareTo(Duration.ZERO) > 0 && left.compareTo(Duration.ofSeconds(1)) <= 0, left::toString);
            Optional<Duration> again = channel(run).pendingTimeLeft();
            again.ifPresent(a -> assertEquals(left, a, "the command's clock stands still while suspended"));
            Runs.until("the module answers after 1.5 s", () -> received(run, "OK"));
            assertFalse(run.handle.isDone());
            assertTrue(d.suspension().isPresent());
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("answered"), o.logs());
        }
    }

    @Test
    void anAwaitWaitsOnlyItsOwnTimeAndUrcsKeepTheirOrderWhileSuspended() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "t.atflow", """
                    on +QIND: {x} log "handler ${x}"
                    await +DONE within 2s
                    log "after"
                    """);
            Debugger d = Debugger.create();
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the await waits", () -> awaits(run) > 0);
            d.pause();
            Suspension s = run.suspension(1);
            assertEquals(List.of("await +DONE within 2s", "script t.atflow"), run.names());
            assertEquals(StopReason.PAUSE, s.reason());
            for (int i = 1; i <= 3; i++) {
                m.urc("+QIND: " + i);
            }
            Runs.until("the URCs are in the backlog", () -> DebugSteppingTest.backlog(run).size() == 3);
            assertEquals(List.of("+QIND: 1", "+QIND: 2", "+QIND: 3"), DebugSteppingTest.backlog(run));
            Runs.until("the URC events were delivered", () -> run.events.stream()
                    .filter(RunEvent.UrcReceived.class::isInstance).count() == 3);
            assertEquals(List.of("+QIND: 1", "+QIND: 2", "+QIND: 3"), run.events.stream()
                    .filter(RunEvent.UrcReceived.class::isInstance).map(e -> ((RunEvent.UrcReceived) e).line())
                    .toList());
            Runs.until("the engine's await of 2 s ended while suspended", () -> awaits(run) == 0);
            assertEquals(List.of(), DebugSteppingTest.fired(run));
            assertFalse(run.handle.isDone());
            d.resume();
            Runs.until("the handlers ran", () -> DebugFailureTest.logs(run).contains("handler 3"));
            assertEquals(List.of("+QIND: 1", "+QIND: 2", "+QIND: 3"), DebugSteppingTest.fired(run));
            Runs.until("the await waits for the rest of its time", () -> awaits(run) > 0 || run.handle.isDone());
            m.urc("+DONE");
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("handler 1", "handler 2", "handler 3", "after"), o.logs());
        }
    }

    @Test
    void withoutASuspensionTheAwaitStillTimesOutOnTime() {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "t.atflow", "await +DONE within 200ms\n");
            Debugging run = Debugging.start(Debugger.create(), Runs.of(file, m.target()));
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertTrue(o.result().message().startsWith("expected +DONE within 200ms"), o.result().message());
        }
    }

    /** The run's channel (null before the run opened the module). */
    static AtChannel channel(Debugging run) {
        return run.handle.context() == null ? null : run.handle.context().session().channel();
    }

    static int awaits(Debugging run) {
        return run.handle.context() == null ? 0 : run.handle.context().session().urcs().waitingAwaits();
    }

    static boolean received(Debugging run, String line) {
        return run.events.stream().anyMatch(e -> e instanceof RunEvent.Received r && r.line().equals(line));
    }

    static boolean urcSeen(Debugging run, String line) {
        return run.events.stream().anyMatch(e -> e instanceof RunEvent.UrcReceived r && r.line().equals(line));
    }
}
