package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.atflow.lang.load.LoadedScript;
import io.atflow.run.RunResult;
import io.atflow.run.Verdict;

/** The console while scripts run: a redrawn status line on a terminal, plain lines in a CI log. */
class ConsoleProgressTest {
    private static final LabModule SIM = new LabModule("sim-1", "sim", null, null, List.of());
    private static final TestScript A = new TestScript("a.atflow", new LoadedScript("a.atflow", null, null, List.of()),
            null);
    private static final TestScript B = new TestScript("b.atflow", new LoadedScript("b.atflow", null, null, List.of()),
            null);

    private static ScriptReport report(TestScript s, Verdict v) {
        return new ScriptReport(s, "sim-1", Map.of(), List.of(), new RunResult(v, v == Verdict.PASSED ? "1 step passed"
                : "expected OK, got ERROR", v == Verdict.PASSED ? null : s.path() + ":3", Duration.ofMillis(1500)),
                null, "", java.time.Instant.now());
    }

    @Test
    void onATerminalTheStatusLineIsRedrawnBelowThePlainLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, true)) {
            p.started(A, SIM);
            p.started(B, SIM);
            p.finished(report(A, Verdict.PASSED));
            assertTrue(p.status().matches("1/2 done, 1 running, 0 failed, \\d+ ms"), p.status());
            p.finished(report(B, Verdict.FAILED));
            assertTrue(p.status().startsWith("2/2 done, 0 running, 1 failed, "), p.status());
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\r\033[K0/2 done, 1 running, 0 failed, "), out);
        assertTrue(out.contains("\r\033[KPASSED a.atflow on sim-1 (1.5 s)\n1/2 done, 1 running, 0 failed, "), out);
        assertTrue(out.contains("\r\033[KFAILED b.atflow on sim-1: b.atflow:3: expected OK, got ERROR\n2/2 done, "),
                out);
        assertTrue(out.endsWith("\r\033[K"), "the status line is cleared at the end");
    }

    @Test
    void elsewhereOnlyPlainLines() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2, false)) {
            p.started(A, SIM);
            p.finished(report(A, Verdict.PASSED));
            p.broken(SIM, "stopped answering (no final result code within 5 s)");
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("PASSED a.atflow on sim-1 (1.5 s)\nmodule sim-1 stopped answering (no final result code within "
                + "5 s); it takes no more scripts\n", out);
        assertFalse(out.contains("\r"));
    }
}
