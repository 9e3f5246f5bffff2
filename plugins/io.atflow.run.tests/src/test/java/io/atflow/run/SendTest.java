package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** {@code send}: the answer it expects, captures, URC-style expectations, timeouts and retries, with file:line. */
class SendTest {
    @TempDir
    Path dir;

    Runs.Outcome run(FakeModule m, String script) {
        return Runs.run(dir, script, m.target());
    }

    String at(int line) {
        return dir.resolve("test.atflow") + ":" + line;
    }

    /**
     * Without a timeout of its own a command may take the catalog's maximum response time when that is longer than
     * the runner's command timeout: AT+QIRD 120 s (BG95&BG77&BG600L TCP/IP Application Note §2.3.8).
     */
    @Test
    void theCatalogsMaximumResponseTimeIsTheDefaultTimeout() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QIRD=0,0", "@400", "+QIRD: 0,0,0", "OK").answer("AT+CSQ", "@400", "+CSQ: 9,99", "OK");
            Runs.Outcome slowRead = Runs.run(Runs.of(Runs.write(dir, "read.atflow", "send AT+QIRD=0,0\n"), m.target())
                    .commandTimeout(Duration.ofMillis(150)));
            assertEquals(Verdict.PASSED, slowRead.result().verdict(), slowRead::transcript);
            Runs.Outcome slowCsq = Runs.run(Runs.of(Runs.write(dir, "csq.atflow", "send AT+CSQ\n"), m.target())
                    .commandTimeout(Duration.ofMillis(150)));
            assertEquals(Verdict.FAILED, slowCsq.result().verdict(), slowCsq::transcript);
        }
    }

    @Test
    void capturesBindVariablesAndOkIsTheDefault() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CEREG?", "+CEREG: 0,5", "OK").answer("ATE0", "OK");
            Runs.Outcome o = run(m, """
                    send ATE0
                    send AT+CEREG? expect +CEREG: {n},{stat}
                    log "n=${n} stat=${stat}"
                    """);
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("n=0 stat=5"), o.logs());
            assertEquals(List.of("ATE0", "AT+CEREG?"), m.received());
        }
    }

    /** A pattern without placeholders is compiled once per run; one with placeholders takes the values of the moment. */
    @Test
    void anExpectWithAPlaceholderTakesItsValueEachTimeItRuns() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QX=1", "+QX: A", "OK").answer("AT+QX=2", "+QX: B", "OK");
            Runs.Outcome o = run(m, """
                    var want = "A"
                    send AT+QX=1 expect +QX: ${want}
                    set want = "B"
                    send AT+QX=2 expect +QX: ${want}
                    send AT+QX=1 expect +QX: A
                    send AT+QX=2 expect +QX: A
                    """);
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(at(6), o.result().location());
            assertEquals(List.of("AT+QX=1", "AT+QX=2", "AT+QX=1", "AT+QX=2"), m.received());
        }
    }

    @Test
    void anErrorFailsWithTheStatementsLineAndTheMeaning() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CPIN?", "+CME ERROR: 10");
            Runs.Outcome o = run(m, "// first line\n\nsend AT+CPIN?\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(at(3), o.result().location());
            assertEquals("AT+CPIN? answered +CME ERROR: 10 (SIM not inserted)", o.result().message());
            RunEvent.CommandFinished done = o.all(RunEvent.CommandFinished.class).get(0);
            assertEquals("answered +CME ERROR: 10", done.outcome());
            assertTrue(!done.ok());
        }
    }

    @Test
    void expectAcceptsErrorsAndChecksTheFinalResultOfPrefixedPatterns() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+X=1", "ERROR").answer("AT+CPIN?", "+CME ERROR: 10").answer("AT+CSQ", "+CSQ: 9,9", "ERROR");
            assertEquals(Verdict.PASSED, run(m, "send AT+X=1 expect ERROR\nsend AT+CPIN? expect +CME ERROR: {code}\n"
                    + "if code != \"10\" fail \"code ${code}\"\n").result().verdict());
            Runs.Outcome o = run(m, "send AT+CSQ expect +CSQ: {rssi},{ber}\n");
            assertEquals("AT+CSQ answered ERROR (the command was not accepted (syntax error, unsupported command or "
                    + "parameter))", o.result().message());
        }
    }

    @Test
    void anUnexpectedAnswerSaysWhatCame() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTCFG=\"aliauth\",0", "+QMTCFG: \"version\",4", "OK");
            Runs.Outcome o = run(m, "\nsend AT+QMTCFG=\"aliauth\",0 expect +QMTCFG: \"aliauth\",{current}\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(at(2), o.result().location());
            assertEquals("expected +QMTCFG: \"aliauth\",{current}, got +QMTCFG: \"version\",4, OK",
                    o.result().message());
        }
    }

    @Test
    void expectingADelayedResultAwaitsItAfterTheOk() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTOPEN=0,\"h\",1883", "OK", "@50", "+QMTOPEN: 0,0");
            Runs.Outcome o = run(m, "send AT+QMTOPEN=0,\"h\",1883 expect +QMTOPEN: 0,{result}\nlog \"r=${result}\"\n");
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("r=0"), o.logs());
        }
    }

    @Test
    void anExpectedDelayedResultMayTakeAsLongAsTheCatalogSays() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTOPEN=0,\"h\",1883", "OK", "@400", "+QMTOPEN: 0,0");
            m.answer("AT+QMTCLOSE=0", "OK", "@400", "+QMTCLOSE: 0,0");
            Path file = Runs.write(dir, "slow.atflow", "send AT+QMTOPEN=0,\"h\",1883 expect +QMTOPEN: 0,0\n"
                    + "send AT+QMTCLOSE=0 expect +QMTCLOSE: 0,0\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()).commandTimeout(Duration.ofMillis(150)));
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(file + ":2", o.result().location(), "AT+QMTOPEN may take 75 s, AT+QMTCLOSE has no time");
            assertEquals("expected +QMTCLOSE: 0,0 within 150ms, no +QMTCLOSE came", o.result().message());
        }
    }

    @Test
    void silenceIsATimeoutOfTheCommandOrOfItsStep() {
        try (FakeModule m = FakeModule.start()) {
            m.silent("AT+COPS?");
            Runs.Outcome o = run(m, "send AT+COPS? timeout 300ms\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(at(1), o.result().location());
            assertEquals("AT+COPS? got no final result code within 300 ms", o.result().message());
            o = run(m, "step \"slow\" timeout 300ms {\n  send AT+COPS? timeout 10s\n}\n");
            assertEquals(at(2), o.result().location());
            assertEquals("step \"slow\" took longer than its timeout of 300ms (while waiting for the answer to "
                    + "AT+COPS?)", o.result().message());
        }
    }

    @Test
    void retryRunsTheCommandAgain() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QIACT=1", "ERROR");
            Runs.Outcome o = run(m, "send AT+QIACT=1 retry 2\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals(List.of("AT+QIACT=1", "AT+QIACT=1", "AT+QIACT=1"), m.received());
            assertEquals(2, o.logs().size(), o::transcript);
            assertTrue(o.logs().get(0).contains("trying AT+QIACT=1 again (attempt 2 of 3)"), o.logs()::toString);
        }
    }

    @Test
    void aLostConnectionIsAnErrorAtTheStatement() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK").answer("ATI", FakeModule.HANG_UP);
            Runs.Outcome o = run(m, "send AT\nsend ATI\nsend AT\n");
            assertEquals(Verdict.ERROR, o.result().verdict(), o::transcript);
            assertEquals(at(2), o.result().location());
            assertEquals(m.target().describe() + " closed the connection", o.result().message());
        }
    }

    @Test
    void theModuleRestartingEndsTheCommand() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CFUN=1,1", "RDY");
            Runs.Outcome o = run(m, "send AT+CFUN=1,1\n");
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("the module restarted (RDY) while AT+CFUN=1,1 was pending", o.result().message());
        }
    }

    /**
     * Commands in a row do not wait for the engine's event thread one by one, yet every command's answer and result
     * reach the listeners before the step's end and before a later log line (the run's own events come after the
     * engine's events they follow).
     */
    @Test
    void theRunsOwnEventsComeAfterTheAnswersOfCommandsInARow() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK");
            StringBuilder script = new StringBuilder("step \"burst\" {\n");
            for (int i = 0; i < 50; i++) {
                script.append("  send AT\n");
            }
            script.append("}\nlog \"after\"\n");
            Runs.Outcome o = run(m, script.toString());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            List<RunEvent> events = o.events();
            int lastResult = -1;
            int stepEnd = -1;
            int log = -1;
            for (int i = 0; i < events.size(); i++) {
                RunEvent e = events.get(i);
                if (e instanceof RunEvent.CommandFinished) {
                    lastResult = i;
                } else if (e instanceof RunEvent.StepFinished) {
                    stepEnd = i;
                } else if (e instanceof RunEvent.LogMessage l && l.text().equals("after")) {
                    log = i;
                }
            }
            assertEquals(50, o.all(RunEvent.CommandFinished.class).size());
            assertTrue(lastResult < stepEnd && stepEnd < log, "order: last result " + lastResult + ", step end "
                    + stepEnd + ", log " + log);
        }
    }
}
