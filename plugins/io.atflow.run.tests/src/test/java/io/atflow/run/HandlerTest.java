package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.transport.TransportException;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;
import io.atflow.sim.platform.EmbeddedSim;

/** {@code on} handlers: when they fire, what they see, and how their {@code fail} ends the run. */
class HandlerTest {
    @TempDir
    Path dir;

    static final String CONNECT = """
            on +QMTSTAT: 0,{err} fail "MQTT link lost: +QMTSTAT: 0,${err}"
            step "connect" {
              send AT+QMTCFG="aliauth",0,"i2uqc2dloOl","device001","${secret("i2uqc2dloOl/device001")}"
              send AT+QMTOPEN=0,"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com",1883
              await +QMTOPEN: 0,0 within 10s
              send AT+QMTCONN=0,"device001"
              await +QMTCONN: 0,0,0 within 10s
            }
            step "listen" {
              await +QMTRECV: 0,{id},"/never","{payload}" within 60s
            }
            """;

    @Test
    void droppedLinkFailsTheRunAtTheHandlersLine() throws TransportException {
        OpenTarget open = Runs.FAST_SIM.open();
        Path file = Runs.write(dir, "link.atflow", CONNECT);
        Runs.Outcome o = Runs.run(Runs.of(file, Runs.FAST_SIM).opened(open).listener(e -> {
            if (e instanceof RunEvent.StepFinished s && s.name().equals("connect")) {
                open.adapter(EmbeddedSim.class).orElseThrow().module().faults().dropLink(0);
            }
        }));
        assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
        assertEquals(file + ":1", o.result().location());
        assertEquals("MQTT link lost: +QMTSTAT: 0,1 (connection closed or reset by peer)", o.result().message());
        List<RunEvent.HandlerFired> fired = o.all(RunEvent.HandlerFired.class);
        assertEquals(1, fired.size(), o::transcript);
        assertEquals("+QMTSTAT: 0,{err}", fired.get(0).pattern());
        assertEquals("+QMTSTAT: 0,1", fired.get(0).line());
        RunEvent.StepFinished listen = o.all(RunEvent.StepFinished.class).get(1);
        assertEquals("listen", listen.name());
        assertTrue(!listen.ok() && listen.message().contains("MQTT link lost"), listen::toString);
    }

    @Test
    void aUrcThatAPendingAwaitTakesDoesNotFireTheHandler() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTCLOSE=0", "OK");
            Running run = Running.start(Runs.of(Runs.write(dir, "test.atflow", """
                    on +QMTSTAT: 0,{err} fail "link lost"
                    send AT+QMTCLOSE=0
                    await +QMTSTAT: 0,1 within 1h
                    """), m.target())).until("the await is waiting", Running::awaiting);
            m.urc("+QMTSTAT: 0,1");
            Runs.Outcome o = run.outcome(Duration.ofSeconds(20));
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of(), o.all(RunEvent.HandlerFired.class));
        }
    }

    @Test
    void handlersLogAndSetAndSeeOnlyWhatMatches() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK", "+QIND: \"csq\",20,99", "+QIND: \"other\"");
            m.answer("AT+CSQ", "+CSQ: 20,99", "OK");
            Runs.Outcome o = Runs.run(dir, """
                    var level = "none"
                    on +QIND: "csq",{rssi},{ber} {
                      set level = rssi
                      log "signal ${rssi}"
                    }
                    send AT
                    send AT+CSQ
                    delay 1s
                    if level != "20" fail "the handler did not run: ${level}"
                    """, m.target());
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("signal 20"), o.logs());
            assertEquals(1, o.all(RunEvent.HandlerFired.class).size());
        }
    }

    @Test
    void aHandlerIsActiveOnlyOnceTheRunReachedIt() {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT", "OK", "+QMTSTAT: 0,1");
            m.answer("ATI", "Quectel", "OK", "@50", "+QMTSTAT: 0,7");
            Runs.Outcome o = Runs.run(dir, """
                    send AT
                    delay 300ms
                    on +QMTSTAT: 0,{err} fail "link lost with ${err}"
                    send ATI
                    delay 2s
                    """, m.target());
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            assertEquals("link lost with 7 (on +QMTSTAT: 0,7: the link is not alive or the server is unavailable)",
                    o.result().message());
            assertEquals(dir.resolve("test.atflow") + ":3", o.result().location());
        }
    }
}
