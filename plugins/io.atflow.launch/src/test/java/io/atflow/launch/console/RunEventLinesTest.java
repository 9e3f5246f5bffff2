package io.atflow.launch.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.lang.catalog.AtCatalog;
import io.atflow.lang.catalog.UrcExplainer;
import io.atflow.run.RunEvent;
import io.atflow.run.RunResult;
import io.atflow.run.Verdict;

class RunEventLinesTest {
    private static final Instant T = Instant.parse("2025-01-01T12:00:01.234Z");
    private static final ZoneId UTC = ZoneId.of("UTC");
    private final RunEventLines lines = new RunEventLines(s -> s.replace("/home/u/ws/p/", "/p/"),
            new UrcExplainer(AtCatalog.standard()));

    private String one(RunEvent e) {
        List<ConsoleLine> l = lines.lines(e);
        assertEquals(1, l.size());
        return l.get(0).kind() + " " + l.get(0).format(UTC);
    }

    @Test
    void trafficHasMarkersAndTimestamps() {
        assertEquals("TX 12:00:01.234  > AT+QMTOPEN=0,\"host\",1883", one(new RunEvent.Sent(T, "AT+QMTOPEN=0,\"host\",1883")));
        assertEquals("RX 12:00:01.234  < OK", one(new RunEvent.Received(T, "OK")));
        assertEquals("URC 12:00:01.234  * +QMTSTAT: 0,1  (connection closed or reset by peer)",
                one(new RunEvent.UrcReceived(T, "+QMTSTAT: 0,1", "+QMTSTAT err_code 1: connection closed or reset by peer")));
        assertEquals("URC 12:00:01.234  * +QMTCONN: 0,0,4  (result 0: packet sent and acknowledged; ret_code 4: bad user name or password)",
                one(new RunEvent.UrcReceived(T, "+QMTCONN: 0,0,4", "whatever the interpreter says")));
        assertEquals("URC 12:00:01.234  * +QMTRECV: 0,1,\"t\",\"{}\"",
                one(new RunEvent.UrcReceived(T, "+QMTRECV: 0,1,\"t\",\"{}\"", "A message arrived on a subscribed topic.")));
        assertEquals("URC 12:00:01.234  * RDY  (the module started)", one(new RunEvent.UrcReceived(T, "RDY", "the module started")));
        assertEquals("URC 12:00:01.234  * +XYZ: 1", one(new RunEvent.UrcReceived(T, "+XYZ: 1", null)));
    }

    @Test
    void stepsAndCommandsShowTheirOutcome() {
        assertEquals("INFO 12:00:01.234  step \"connect\"  (/p/x.atflow:12)",
                one(new RunEvent.StepStarted(T, "connect", "/home/u/ws/p/x.atflow:12")));
        assertEquals("PASS 12:00:01.234  step \"connect\" passed (312 ms)",
                one(new RunEvent.StepFinished(T, "connect", true, Duration.ofMillis(312), null)));
        assertEquals("FAIL 12:00:01.234  step \"connect\" failed after 2.5 s: /p/x.atflow:14: expected OK",
                one(new RunEvent.StepFinished(T, "connect", false, Duration.ofMillis(2500), "/home/u/ws/p/x.atflow:14: expected OK")));
        assertEquals(List.of(), lines.lines(new RunEvent.CommandFinished(T, "AT", RunEvent.CommandFinished.OK, Duration.ofMillis(5))));
        assertEquals("FAIL 12:00:01.234  AT+CPIN? answered +CME ERROR: 10 (20 ms)",
                one(new RunEvent.CommandFinished(T, "AT+CPIN?", "answered +CME ERROR: 10", Duration.ofMillis(20))));
        assertEquals("INFO 12:00:01.234  on +QMTSTAT: 0,{err} fired by +QMTSTAT: 0,1",
                one(new RunEvent.HandlerFired(T, "+QMTSTAT: 0,{err}", "+QMTSTAT: 0,1")));
        assertEquals("INFO 12:00:01.234  network ready", one(new RunEvent.LogMessage(T, "network ready")));
    }

    @Test
    void verdictNamesTheLocation() {
        assertEquals("VERDICT_PASS 12:00:01.234  PASSED 4 steps passed (2.3 s)",
                one(new RunEvent.RunFinished(T, new RunResult(Verdict.PASSED, "4 steps passed", null, Duration.ofMillis(2300)))));
        assertEquals("VERDICT_FAIL 12:00:01.234  FAILED /p/x.atflow:23: expected +QMTCONN: 0,0,0 (1 min 5 s)",
                one(new RunEvent.RunFinished(T, new RunResult(Verdict.FAILED, "expected +QMTCONN: 0,0,0",
                        "/home/u/ws/p/x.atflow:23", Duration.ofSeconds(65)))));
        assertEquals("VERDICT_FAIL 12:00:01.234  ABORTED the run was aborted (40 ms)",
                one(new RunEvent.RunFinished(T, new RunResult(Verdict.ABORTED, "the run was aborted", null, Duration.ofMillis(40)))));
    }

    @Test
    void multiLineTextsAreIndentedUnderTheirMarker() {
        assertEquals("RX 12:00:01.234  < line one\n" + " ".repeat(16) + "line two",
                one(new RunEvent.Received(T, "line one\r\nline two")));
    }
}
