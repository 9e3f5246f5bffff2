package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** {@code await}: early URCs are kept, captures bind, outcomes of the same operation end it early, timeouts explain. */
class AwaitTest {
    @TempDir
    Path dir;

    Runs.Outcome run(FakeModule m, String script) {
        return Runs.run(dir, script, m.target());
    }

    @Test
    void aUrcThatCameBeforeTheAwaitIsNotLost() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTOPEN=0,\"h\",1883", "OK", "+QMTOPEN: 0,3");
            Runs.Outcome o = run(m, """
                    send AT+QMTOPEN=0,"h",1883
                    delay 200ms
                    await +QMTOPEN: 0,{result} within 1s
                    log "result ${result}"
                    """);
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("result 3"), o.logs());
        }
    }

    @Test
    void anotherOutcomeOfTheSameOperationFailsAtOnce() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTCONN=0,\"d\"", "OK", "@20", "+QMTCONN: 1,0,0", "+QMTCONN: 0,1", "@20",
                    "+QMTCONN: 0,0,4");
            Path file = Runs.write(dir, "early.atflow", "send AT+QMTCONN=0,\"d\"\nawait +QMTCONN: 0,0,0 within 1h\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()).scriptTimeout(Duration.ofSeconds(30)));
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(file + ":2", o.result().location());
            assertEquals("expected +QMTCONN: 0,0,0 within 1h, got +QMTCONN: 0,0,4 (bad user name or password)",
                    o.result().message(), "not the script's timeout: the await ended on the outcome");
        }
    }

    @Test
    void aTimeoutNamesWhatCameInstead() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTSUB=0,1,\"t\",0", "OK", "+QMTSUB: 0,1,1");
            Runs.Outcome o = run(m, "send AT+QMTSUB=0,1,\"t\",0\nawait +QMTSUB: 0,1,0,{qos} within 300ms\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("expected +QMTSUB: 0,1,0,{qos} within 300ms, got +QMTSUB: 0,1,1 (packet retransmitted)",
                    o.result().message());
            o = run(m, "await +QMTRECV: 0,{id},\"t\",\"{p}\" within 200ms\n");
            assertEquals("expected +QMTRECV: 0,{id},\"t\",\"{p}\" within 200ms, no +QMTRECV came",
                    o.result().message());
        }
    }

    @Test
    void withoutWithinTheStepsTimeoutApplies() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = run(m, "step \"open\" timeout 300ms {\n  await +QMTOPEN: 0,{result}\n}\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("step \"open\" took longer than its timeout of 300ms (while waiting for +QMTOPEN: 0,{result})",
                    o.result().message());
            RunEvent.StepFinished step = o.all(RunEvent.StepFinished.class).get(0);
            assertEquals(o.result().describe(), step.message());
        }
    }

    @Test
    void theScriptsTimeoutBoundsEverything() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = run(m, "timeout 300ms\nstep \"wait\" retry 3 {\n  await RDY within 1h\n}\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("the script took longer than its timeout of 300ms (while waiting for RDY)",
                    o.result().message());
            assertEquals(List.of(), o.logs(), "the script's timeout is not retried");
        }
    }

    @Test
    void payloadsOfUrcsMayHoldCommasQuotesAndLineBreaks() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK", "+QMTRECV: 0,3,\"/ext/register\",\"{\"a\":\"x,y\",\"deviceName\":\"d1\"}\"");
            Runs.Outcome o = run(m, """
                    send AT
                    await +QMTRECV: 0,{id},"/ext/register","{reply}" within 2s
                    log "id ${id} ${json(reply).deviceName} ${json(reply).a} ${len(reply)}"
                    """);
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("id 3 d1 x,y 29"), o.logs());
        }
    }
}
