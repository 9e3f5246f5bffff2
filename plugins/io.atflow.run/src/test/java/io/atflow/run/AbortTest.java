package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** {@link RunHandle#abort()} ends whatever the script is doing, promptly, as ABORTED at the statement's line. */
class AbortTest {
    @TempDir
    Path dir;

    /** Starts {@code script}, aborts once {@code trigger} was sent, returns the result and the events. */
    Runs.Outcome abortAfter(FakeModule m, String script, String trigger) throws InterruptedException {
        Path file = Runs.write(dir, "a.atflow", script);
        CountDownLatch reached = new CountDownLatch(1);
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunHandle h = Runs.of(file, m.target()).listener(events::add).listener(e -> {
            if (e instanceof RunEvent.Sent s && s.text().equals(trigger)) {
                reached.countDown();
            }
        }).start();
        assertTrue(reached.await(20, TimeUnit.SECONDS), "the run reached " + trigger);
        Thread.sleep(100);
        h.abort();
        RunResult r = h.await(Duration.ofSeconds(10)).orElseThrow(() -> new AssertionError("the aborted run did not end"));
        assertTrue(h.isDone());
        return new Runs.Outcome(r, List.copyOf(events));
    }

    @Test
    void abortEndsAPendingAwait() throws InterruptedException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK");
            Runs.Outcome o = abortAfter(m, "step \"wait\" {\n  send AT\n  await +QMTRECV within 1h\n}\n", "AT");
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            assertEquals(dir.resolve("a.atflow") + ":3", o.result().location());
            assertEquals("the run was aborted", o.result().message());
            assertTrue(o.events().get(o.events().size() - 1) instanceof RunEvent.RunFinished);
        }
    }

    @Test
    void abortEndsACommandWithoutAnswerAndADelay() throws InterruptedException {
        try (FakeModule m = FakeModule.start()) {
            m.silent("AT+COPS=?");
            Runs.Outcome o = abortAfter(m, "send AT+COPS=? timeout 3m\n", "AT+COPS=?");
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            RunEvent.CommandFinished done = o.all(RunEvent.CommandFinished.class).get(0);
            assertTrue(done.outcome().startsWith("aborted"), done::outcome);
            m.answer("AT", "OK");
            o = abortAfter(m, "send AT\ndelay 1h\n", "AT");
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
