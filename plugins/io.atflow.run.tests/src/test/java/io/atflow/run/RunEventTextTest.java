package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;

/**
 * The one wording of run events. The CLI and the Eclipse console wrote them differently ({@code run x on sim} /
 * {@code Running x on sim}, {@code failed (2.5 s)} / {@code failed after 2.5 s}, {@code log ...} / the message
 * alone, URC meanings without / with field names, {@code ! cmd: outcome} / {@code cmd outcome (20 ms)}); the Eclipse
 * console's wording is kept, as it names what failed and how long it took. Meanings come from the catalog (the
 * application note's +QMTCONN ret_code 4 is "bad user name or password").
 */
class RunEventTextTest {
    private static final Instant T = Instant.parse("2025-01-01T12:00:01.234Z");
    private final RunEventText text = new RunEventText(UnaryOperator.identity(), new UrcExplainer(AtCatalog.standard()));

    private String line(RunEvent e) {
        RunEventText.Line l = text.line(e).orElseThrow();
        return RunEventText.format(e.time(), ZoneId.of("UTC"), l.kind(), l.text());
    }

    @Test
    void eventsReadTheSameEverywhere() {
        assertEquals("12:00:01.234  Running x.atflow on sim", line(new RunEvent.RunStarted(T, "x.atflow", "sim")));
        assertEquals("12:00:01.234  > AT+QMTCONN=0,\"c\"", line(new RunEvent.Sent(T, "AT+QMTCONN=0,\"c\"")));
        assertEquals("12:00:01.234  < OK", line(new RunEvent.Received(T, "OK")));
        assertEquals("12:00:01.234  * +QMTCONN: 0,0,4  (result 0: packet sent and acknowledged; ret_code 4: bad user"
                + " name or password)", line(new RunEvent.UrcReceived(T, "+QMTCONN: 0,0,4", null)));
        assertEquals("12:00:01.234  step \"c\" failed after 2.5 s: x.atflow:3: expected OK",
                line(new RunEvent.StepFinished(T, "c", false, Duration.ofMillis(2500), "x.atflow:3: expected OK")));
        assertEquals("12:00:01.234  AT+CPIN? answered +CME ERROR: 10 (20 ms)",
                line(new RunEvent.CommandFinished(T, "AT+CPIN?", "answered +CME ERROR: 10", Duration.ofMillis(20))));
        assertEquals("12:00:01.234  waiting", line(new RunEvent.LogMessage(T, "waiting")));
        assertEquals("12:00:01.234  < one\n" + " ".repeat(16) + "two", line(new RunEvent.Received(T, "one\ntwo")));
    }

    @Test
    void theSummaryNamesTheScriptOrTheFailingLine() {
        assertEquals("PASSED x.atflow (2.3 s)", text.summary(new RunResult(Verdict.PASSED, "4 steps passed", null,
                Duration.ofMillis(2300)), "x.atflow"));
        assertEquals("FAILED x.atflow:6: expected OK", text.summary(new RunResult(Verdict.FAILED, "expected OK",
                "x.atflow:6", Duration.ofMillis(2300)), "x.atflow"));
        assertEquals("FAILED x.atflow:6: expected OK (1 min 5 s)", text.verdict(new RunResult(Verdict.FAILED,
                "expected OK", "x.atflow:6", Duration.ofSeconds(65))));
    }
}
