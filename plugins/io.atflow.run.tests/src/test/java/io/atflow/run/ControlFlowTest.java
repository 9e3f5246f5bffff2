package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Conditions, variables, overrides, fail/log/delay, step retries and includes, located by file:line. */
class ControlFlowTest {
    @TempDir
    Path dir;

    @Test
    void conditionsVariablesAndLogs() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = Runs.run(dir, """
                    var a = "5"
                    var b = "10"
                    if a < b and not (a == b) {
                      log "numbers compare as numbers"
                    } else {
                      fail "5 < 10"
                    }
                    set a = "abc"
                    if a matches "^a.c$" log "matches ${a}" else fail "no match"
                    if "2.50" == "2.5" log "equal"
                    if true or false log "bool"
                    """, m.target());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("numbers compare as numbers", "matches abc", "equal", "bool"), o.logs());
            assertEquals(List.of(), m.received());
            assertEquals("0 steps passed", o.result().message());
        }
    }

    @Test
    void failNamesItsLineAndRenderedMessage() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = Runs.run(dir, "var x = \"7\"\n\nif x != \"1\" fail \"x is ${x}\"\n", m.target());
            assertEquals(Verdict.FAILED, o.result().verdict());
            assertEquals(dir.resolve("test.atflow") + ":3", o.result().location());
            assertEquals("x is 7", o.result().message());
            assertEquals(o.result().location() + ": x is 7", o.result().describe());
        }
    }

    @Test
    void aNameWithoutValueAndANonBooleanConditionFail() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = Runs.run(dir, "var x\nlog \"${x}\"\n", m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("x has no value yet", o.result().message());
            o = Runs.run(dir, "var x = \"maybe\"\nif x log \"?\"\n", m.target());
            assertEquals("the condition x is \"maybe\", not true or false", o.result().message());
        }
    }

    @Test
    void variablesFromOutsideReplaceDefaults() {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "v.atflow", "var apn = \"cmnet\"\nlog \"apn ${apn}\"\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()).variable("apn", "iot.example"));
            assertEquals(List.of("apn iot.example"), o.logs());
            o = Runs.run(Runs.of(file, m.target()).variable("apm", "x"));
            assertEquals(Verdict.ERROR, o.result().verdict());
            assertEquals("cannot set variable apm: the script declares no such variable (it declares apn)",
                    o.result().message());
            assertEquals(List.of(), m.received());
        }
    }

    @Test
    void aFailingStepIsRetriedThenReported() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CEREG?", "+CEREG: 0,2", "OK");
            Runs.Outcome o = Runs.run(dir, """
                    step "register" retry 2 {
                      send AT+CEREG? expect +CEREG: {n},{stat}
                      if stat != "1" fail "not registered (stat ${stat})"
                    }
                    step "never" {
                      log "not reached"
                    }
                    """, m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(3, m.received().size());
            assertEquals(2, o.logs().size());
            assertTrue(o.logs().get(1).startsWith("step \"register\" failed: " + dir.resolve("test.atflow")
                    + ":3: not registered (stat 2); retrying (attempt 3 of 3)"), o.logs()::toString);
            assertEquals(1, o.all(RunEvent.StepStarted.class).size());
            RunEvent.StepFinished f = o.all(RunEvent.StepFinished.class).get(0);
            assertEquals("register", f.name());
            assertTrue(!f.ok());
            String why = dir.resolve("test.atflow") + ":3: not registered (stat 2)";
            assertEquals(why, f.message());
            assertEquals(List.of(why, why), f.failedAttempts(), "the two attempts before the last");
        }
    }

    @Test
    void aStepThatPassesOnARetryNamesTheFailedAttempts() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CEREG?", "+CEREG: 0,2", "OK");
            Runs.Outcome o = Runs.run(dir, """
                    var tries = "0"
                    step "register" retry 3 {
                      send AT+CEREG? expect +CEREG: {n},{stat}
                      if tries == "0" {
                        set tries = "1"
                        fail "first try (stat ${stat})"
                      }
                    }
                    step "plain" {
                      log "once"
                    }
                    """, m.target());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(2, m.received().size());
            List<RunEvent.StepFinished> steps = o.all(RunEvent.StepFinished.class);
            assertTrue(steps.get(0).ok());
            assertEquals(List.of(dir.resolve("test.atflow") + ":6: first try (stat 2)"),
                    steps.get(0).failedAttempts());
            assertEquals(List.of(), steps.get(1).failedAttempts());
        }
    }

    @Test
    void includedFilesRunWhereIncludedAndFailuresNameTheirFile() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK").answer("ATI", "ERROR");
            Runs.write(dir, "common/first.atflow", "var who = \"first\"\nstep \"in first\" {\n  send AT\n}\n");
            Runs.write(dir, "common/second.atflow", "\nsend ATI\n");
            Path main = Runs.write(dir, "main.atflow", """
                    include "common/first.atflow"
                    log "after ${who}"
                    include "common/second.atflow"
                    """);
            Runs.Outcome o = Runs.run(Runs.of(main, m.target()));
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(List.of("AT", "ATI"), m.received());
            assertEquals(List.of("after first"), o.logs());
            assertEquals(dir.resolve("common/second.atflow") + ":2", o.result().location());
            assertEquals(dir.resolve("common/first.atflow") + ":2",
                    o.all(RunEvent.StepStarted.class).get(0).location());
        }
    }

    @Test
    void delayWaitsAndCountsAgainstTheStep() {
        try (FakeModule m = FakeModule.start()) {
            Runs.Outcome o = Runs.run(dir, "step \"s\" timeout 200ms {\n  delay 50ms\n  delay 1s\n}\n", m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("step \"s\" took longer than its timeout of 200ms (while delaying 1s)", o.result().message());
            assertEquals(dir.resolve("test.atflow") + ":3", o.result().location());
        }
    }
}
