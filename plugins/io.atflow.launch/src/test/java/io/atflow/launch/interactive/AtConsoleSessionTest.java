package io.atflow.launch.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.transport.SerialSettings;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.LaunchTargets;
import io.atflow.launch.config.SimSettings;
import io.atflow.launch.console.ConsoleLine;
import io.atflow.run.RunEventText.Kind;
import io.atflow.launch.urc.UrcLog;
import io.atflow.lang.catalog.AtCatalog;

/** The AT console's session on the simulated module: lines as the run console shows them, data prompts, URC rows. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AtConsoleSessionTest {
    private final List<ConsoleLine> lines = new CopyOnWriteArrayList<>();
    private final UrcLog urcs = new UrcLog(100);

    private void waitFor(String what, Predicate<ConsoleLine> line) throws InterruptedException {
        for (int i = 0; i < 600 && lines.stream().noneMatch(line); i++) {
            Thread.sleep(100);
        }
        assertTrue(lines.stream().anyMatch(line), () -> what + " within 60 s:\n" + lines);
    }

    @Test
    void typedLinesAreSentAndShownAsTheRunConsoleShowsThem() throws Exception {
        try (AtConsoleSession s = new AtConsoleSession(AtCatalog.standard(), null, lines::add, urcs, () -> {
        })) {
            s.submit("AT");
            waitFor("a sentence", l -> l.text().equals("Not connected; choose a target and press Connect."));
            s.connect("sim", SerialSettings.of("sim"));
            waitFor("the connection", l -> l.text().startsWith("Connected to sim"));
            s.submit("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883");
            waitFor("the delayed result", l -> l.kind() == Kind.URC
                    && l.text().equals("+QMTOPEN: 0,0  (network opened successfully)"));
            assertTrue(urcs.snapshot().stream().anyMatch(r -> r.code().equals("+QMTOPEN")
                    && r.source().equals(AtConsoleSession.SOURCE)), "the URC view gets the console's URCs");

            s.submit("at+qhttpurl=8,80");
            assertEquals("data for AT+QHTTPURL=8,80>", s.prompt());
            s.submit("http://a");
            assertEquals("AT>", s.prompt());
            waitFor("the data sent after CONNECT", l -> l.kind() == Kind.TX && l.text().equals("http://a"));
            s.submit("AT+NOSUCHCOMMAND");
            waitFor("the failure", l -> l.kind() == Kind.FAIL && l.text().startsWith("AT+NOSUCHCOMMAND "));
            assertTrue(s.script(List.of()).orElseThrow().contains("  send AT+QHTTPURL=8,80 connect \"http://a\"\n"),
                    () -> s.script(List.of()).orElseThrow());
        }
    }

    @Test
    void aConfigurationsSimulatedModuleIsTheOneItsProfileNames() throws Exception {
        // ATI of a BG95-M3: Quectel, BG95-M3, Revision: BG95M3LAR02A03 (github.com/lukejenkins/cwd, reference/quectel/bg95m3)
        LaunchSettings bg95 = LaunchSettings.defaults("").withSim(new SimSettings("bg95", List.of(), ""));
        try (AtConsoleSession s = new AtConsoleSession(AtCatalog.standard(), null, lines::add, urcs, () -> {
        })) {
            s.connect("sim", () -> LaunchTargets.of(bg95));
            waitFor("the connection", l -> l.text().startsWith("Connected to sim"));
            s.submit("ATI");
            waitFor("the BG95's answer", l -> l.kind() == Kind.RX && l.text().equals("BG95-M3"));
        }
        try (AtConsoleSession s = new AtConsoleSession(AtCatalog.standard(), null, lines::add, urcs, () -> {
        })) {
            s.connect("sim", () -> LaunchTargets.of(bg95.withSim(new SimSettings("bg95", List.of(), "slow"))));
            waitFor("the setting's sentence", l -> l.kind() == Kind.FAIL
                    && l.text().equals("Cannot connect to sim: Faults: fault \"slow\" needs a pause, e.g. slow=20ms."));
        }
    }

    @Test
    void anUnreachableTargetFailsWithOneSentence() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (AtConsoleSession s = new AtConsoleSession(AtCatalog.standard(), null, lines::add, urcs, () -> {
        })) {
            s.connect("tcp://127.0.0.1:" + port, SerialSettings.of("x"));
            waitFor("the failure", l -> l.kind() == Kind.FAIL && l.text().startsWith("Cannot connect to tcp://127.0.0.1:"
                    + port + ": ") && l.text().contains("127.0.0.1:" + port + " (connection refused)"));
        }
    }
}
