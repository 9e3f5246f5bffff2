package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Suspend on failure at the failing statement before the failure ends the step; on resume it goes on as usual. */
class DebugFailureTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "send AT+X expect +X: 1        | expected +X: 1, got +X: 2, OK",
            "send AT+CME                   | AT+CME answered +CME ERROR: 10",
            "send AT+SILENT timeout 300ms  | got no final result code within 300 ms",
            "fail \"gave up on ${n}\"      | gave up on 5" })
    void suspendsAtTheFailingStatementThenRetriesAsWithoutDebugger(String statement, String message)
            throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+X", "+X: 2", "OK").answer("AT+CME", "+CME ERROR: 10").silent("AT+SILENT");
            Path file = Runs.write(dir, "f.atflow", "var n = \"5\"\nstep \"s\" retry 1 {\n  log \"try\"\n  "
                    + statement + "\n}\n");
            Debugger d = Debugger.create();
            d.setSuspendOnFailure(true);
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Suspension s = run.suspension(1);
            assertEquals(StopReason.FAILURE, s.reason());
            assertEquals("exception", s.reason().dap());
            assertTrue(s.description().startsWith(file + ":4: "), s.description());
            assertTrue(s.description().contains(message), s.description());
            assertEquals(List.of(4, 2, 2), run.lines());
            Runs.until("the step's log was delivered", () -> logs(run).contains("try"));
            assertEquals(List.of(), run.events.stream().filter(RunEvent.StepFinished.class::isInstance).toList(),
                    "the step has not ended yet");
            assertEquals(List.of("try"), logs(run), "nor was it retried");
            d.resume();
            run.suspension(2);
            Runs.until("the step's retry came", () -> logs(run).stream().filter("try"::equals).count() == 2);
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertTrue(o.result().message().contains(message), o.result().message());
            assertEquals(2, run.suspensions.size());
        }
    }

    @Test
    void withoutSuspendOnFailureAFailureDoesNotStop() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+X", "+X: 2", "OK");
            Path file = Runs.write(dir, "f.atflow", "send AT+X expect +X: 1\n");
            Debugging run = Debugging.start(Debugger.create(), Runs.of(file, m.target()));
            assertEquals(Verdict.FAILED, run.outcome().result().verdict());
            assertEquals(List.of(), run.suspensions);
        }
    }

    static List<String> logs(Debugging run) {
        return run.events.stream().filter(RunEvent.LogMessage.class::isInstance)
                .map(e -> ((RunEvent.LogMessage) e).text()).toList();
    }
}
