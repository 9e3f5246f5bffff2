package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** {@link RunHandle#abort()} ends whatever the script is doing, promptly, as ABORTED at the statement's line. */
class AbortTest {
    @TempDir
    Path dir;

    /** Starts {@code script}, aborts once {@code ready} holds for the run, returns the result and the events. */
    Runs.Outcome abortWhen(FakeModule m, String script, String what, Predicate<Running> ready) {
        Running run = Running.start(Runs.of(Runs.write(dir, "a.atflow", script), m.target())).until(what, ready);
        run.handle().abort();
        Runs.Outcome o = run.outcome(Duration.ofSeconds(10));
        assertTrue(run.handle().isDone());
        return o;
    }

    @Test
    void abortEndsAPendingAwait() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK");
            Runs.Outcome o = abortWhen(m, "step \"wait\" {\n  send AT\n  await +QMTRECV within 1h\n}\n",
                    "the await is waiting", Running::awaiting);
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            assertEquals(dir.resolve("a.atflow") + ":3", o.result().location());
            assertEquals("the run was aborted", o.result().message());
            assertTrue(o.events().get(o.events().size() - 1) instanceof RunEvent.RunFinished);
        }
    }

    @Test
    void abortEndsACommandWithoutAnswerAndADelay() {
        try (FakeModule m = FakeModule.start()) {
            m.silent("AT+COPS=?");
            Runs.Outcome o = abortWhen(m, "send AT+COPS=? timeout 3m\n", "AT+COPS=? is pending",
                    r -> r.sent("AT+COPS=?"));
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            RunEvent.CommandFinished done = o.all(RunEvent.CommandFinished.class).get(0);
            assertTrue(done.outcome().startsWith("aborted"), done::outcome);
            m.answer("AT", "OK");
            o = abortWhen(m, "send AT\ndelay 1h\n", "the delay sleeps", Running::sleeping);
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            assertEquals(dir.resolve("a.atflow") + ":2", o.result().location());
        }
    }

    @Test
    void abortRightAfterStartEndsTheRunToo() {
        try (FakeModule m = FakeModule.start()) {
            RunHandle h = Runs.of(Runs.write(dir, "b.atflow", "delay 1h\n"), m.target()).start();
            h.abort();
            RunResult r = h.await(Duration.ofSeconds(20)).orElseThrow();
            assertEquals(Verdict.ABORTED, r.verdict());
        }
    }
}
