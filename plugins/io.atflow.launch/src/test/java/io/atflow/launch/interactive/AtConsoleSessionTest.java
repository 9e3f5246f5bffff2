package io.atflow.launch.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.launch.console.ConsoleLine;
import io.atflow.launch.config.LaunchSettings;
import io.atflow.launch.config.SimSettings;
import io.atflow.launch.console.LineKind;
import io.atflow.lang.catalog.AtCatalog;

/** The AT console against the simulated module: commands, responses, URCs and the saved script. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AtConsoleSessionTest {
    private final AtCatalog catalog = AtCatalog.standard();
    private final List<ConsoleLine> lines = new CopyOnWriteArrayList<>();
    private final List<String> urcs = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private CommandResult send(AtConsoleSession s, String typed) throws Exception {
        return s.send(CommandPlan.of(typed, catalog), null).get(60, TimeUnit.SECONDS);
    }

    @Test
    void sessionIsShownRecordedAndSavedAsACheckedScript() throws Exception {
        AtConsoleSession.Output out = new AtConsoleSession.Output() {
            @Override
            public void line(ConsoleLine line) {
                lines.add(line);
            }

            @Override
            public void closed(String reason) {
                lines.add(new ConsoleLine(Instant.now(), LineKind.INFO, "closed: " + reason));
            }
        };
        try (AtConsoleSession s = AtConsoleSession.open(ConsoleConnection.of("sim", SerialSettings.of("sim")), catalog, null,
                out, (time, line) -> urcs.add(line))) {
            assertEquals("sim", s.describe());
            assertTrue(send(s, "ATE0").isSuccess());
            CommandResult cereg = send(s, "AT+CEREG?");
            assertTrue(cereg.isSuccess(), cereg::describe);
            assertTrue(send(s, "AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883").isSuccess());
            waitFor(() -> urcs.stream().anyMatch(u -> u.startsWith("+QMTOPEN: 0,")));
            assertInstanceOf(CommandResult.Mismatch.class, send(s, "AT+NOSUCHCOMMAND"));
            waitFor(() -> s.recording().entries().size() >= 5);

            String script = new ScriptWriter(catalog).write(s.recording().entries(), List.of("test session"));
            assertTrue(script.contains("  send AT+CEREG? expect +CEREG: {n},1\n"), script);
            assertTrue(script.contains("  await +QMTOPEN: 0,0 within 75s\n"), script);
            assertTrue(script.contains("  // send AT+NOSUCHCOMMAND  -- "), script);
            ScriptChecks.assertPassesCheck(dir, script);
        }
        assertTrue(lines.stream().anyMatch(l -> l.kind() == LineKind.TX && l.text().equals("AT+CEREG?")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.kind() == LineKind.RX && l.text().startsWith("+CEREG: ")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.kind() == LineKind.URC
                && l.text().equals("+QMTOPEN: 0,0  (network opened successfully)")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.kind() == LineKind.FAIL && l.text().contains("AT+NOSUCHCOMMAND")), lines::toString);
    }

    @Test
    void aConfigurationsSimulatedModuleIsTheOneItsProfileNames() throws Exception {
        // ATI of a BG95-M3: Quectel, BG95-M3, Revision: BG95M3LAR02A03 (github.com/lukejenkins/cwd, reference/quectel/bg95m3)
        LaunchSettings bg95 = LaunchSettings.defaults("").withSim(new SimSettings("bg95", List.of(), ""));
        AtConsoleSession.Output out = new AtConsoleSession.Output() {
            @Override
            public void line(ConsoleLine line) {
                lines.add(line);
            }

            @Override
            public void closed(String reason) {
            }
        };
        try (AtConsoleSession s = AtConsoleSession.open(ConsoleConnection.of(bg95), catalog, null, out,
                (time, line) -> urcs.add(line))) {
            assertTrue(send(s, "ATI").isSuccess());
        }
        assertTrue(lines.stream().anyMatch(l -> l.kind() == LineKind.RX && l.text().equals("BG95-M3")), lines::toString);
        assertEquals("Faults: fault \"slow\" needs a pause, e.g. slow=20ms.", org.junit.jupiter.api.Assertions.assertThrows(
                io.atflow.engine.transport.TransportException.class, () -> ConsoleConnection.of(bg95.withSim(
                        new SimSettings("bg95", List.of(), "slow")))).getMessage());
    }

    @Test
    void unreachableTcpTargetFailsWithOneSentence() throws Exception {
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            int port = free.getLocalPort();
            free.close();
            Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> AtConsoleSession.open(ConsoleConnection.of("tcp://127.0.0.1:" + port, SerialSettings.of("x")), catalog,
                            null, null, null));
            assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        }
    }

    @Test
    void secretPlaceholdersAreSentResolvedShownMaskedAndSavedAsWritten() throws Exception {
        String deviceSecret = "c4fa40df9c8078073d75a26be2bc8f58"; // the application note's, in the simulator's registry
        AtConsoleSession.Output out = new AtConsoleSession.Output() {
            @Override
            public void line(ConsoleLine line) {
                lines.add(line);
            }

            @Override
            public void closed(String reason) {
            }
        };
        try (AtConsoleSession s = AtConsoleSession.open(ConsoleConnection.of("sim", SerialSettings.of("sim")), catalog, null,
                out, (time, line) -> urcs.add(line))) {
            String aliauth = "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"${secret(\"i2uqc2dloOl/device001\")}\"";
            assertTrue(send(s, aliauth).isSuccess());
            assertTrue(send(s, "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"" + deviceSecret + "\"").isSuccess(),
                    "typed literally it works too");
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> s.send(CommandPlan.of("AT+QMTCFG=\"aliauth\",0,\"a\",\"b\",\"${secret(\"nobody/none\")}\"", catalog), null));
            assertEquals("secret(\"nobody/none\") does not resolve; set ATFLOW_SECRET_NOBODY_NONE or add nobody/none=... to "
                    + ".atflow-secrets", e.getMessage());
            waitFor(() -> s.recording().entries().size() >= 2);
            String script = new ScriptWriter(catalog).write(s.recording().entries(), List.of());
            assertTrue(script.contains("  send " + aliauth + "\n"), script);
            ScriptChecks.assertPassesCheck(dir, script);
        }
        waitFor(() -> lines.stream().filter(l -> l.kind() == LineKind.TX).count() >= 2);
        assertTrue(lines.stream().filter(l -> l.kind() == LineKind.TX).allMatch(l -> l.text().endsWith(",\"****\"")), lines::toString);
        assertTrue(lines.stream().noneMatch(l -> l.text().contains(deviceSecret)), lines::toString);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 600 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "condition not reached within 60 s");
    }
}
