package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.DeviceState;
import io.atflow.sim.ModuleConnection;
import io.atflow.sim.ModuleProfile;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/** A log's header settings, {@code <<} host lines, and how they change a replay. */
class ReplaySetupTest {

    @Test
    void theHeaderDeclaresModelStateImeiVolatilesAndAnOpenEnd() throws Exception {
        ModuleLog log = Replays.parse("h.log", """
                # @source https://example.org/post
                # @model BG96
                # @profile BG96
                # @state sim-pin
                # @state roaming
                # @imei 868446031757533
                # @volatile 21,99
                # @open-end
                >> AT
                >> OK
                """);
        ReplaySetup s = log.setup();
        assertEquals(ModuleProfile.BG96, s.profile());
        assertEquals(List.of("sim-pin", "roaming"), s.states());
        assertEquals("868446031757533", s.imei());
        assertEquals(List.of("21,99"), s.volatiles());
        assertTrue(s.openEnd());
        SimConfig c = s.configure(SimConfig.defaults());
        assertEquals(ModuleProfile.BG96, c.profile());
        assertEquals(DeviceState.parse("sim-pin", "roaming"), c.state());
        assertEquals("868446031757533", c.imei());
        assertEquals(SimConfig.defaults().profile(), ReplaySetup.NONE.configure(SimConfig.defaults()).profile());
    }

    @Test
    void aWrongSettingIsOneSentenceNamingTheLine() {
        assertEquals("x.log:2: unknown header setting @profil; use @profile, @state, @imei, @volatile, @open-end, "
                + "@source, @model or @firmware", message("# header\n# @profil bg96\n>> AT\n>> OK\n"));
        assertEquals("x.log:1: @imei \"12\" must be 15 digits", message("# @imei 12\n>> AT\n>> OK\n"));
        assertEquals("x.log:2: state \"no-sim\" sets the SIM a second time; give one",
                message("# @state sim-pin\n# @state no-sim\n>> AT\n>> OK\n"));
        assertEquals("x.log:1: @volatile needs the logged value that may differ", message("# @volatile\n>> AT\n"));
    }

    private static String message(String text) {
        return assertThrows(IOException.class, () -> Replays.parse("x.log", text)).getMessage();
    }

    @Test
    void hostLinesStartExchangesWithoutAnEcho() {
        ModuleLog log = ModuleLogParser.parse("h.log", "<< AT+CPIN?\n>> +CPIN: READY\n>> OK\n>> AT\n>> OK\n");
        Exchange host = log.exchanges().get(0);
        assertEquals("AT+CPIN?", host.command().text());
        assertFalse(host.echoShown());
        assertEquals(List.of("+CPIN: READY", "OK"), ModuleLogParserTest.texts(host.expected()));
        assertTrue(log.exchanges().get(1).echoShown());
        assertEquals(List.of("AT", "OK"), ModuleLogParserTest.texts(log.exchanges().get(1).expected()));
    }

    @Test
    void aHostLineAcceptsTheEchoOrItsAbsence() throws Exception {
        ModuleLog log = Replays.parse("echo.log", "<< AT\n>> OK\n<< ATE0\n>> OK\n<< AT\n>> OK\n");
        ReplayReport report = replay(log);
        assertTrue(report.passed(), report.summary());
        assertEquals("echo.log: 3 of 3 exchanges match (3 lines)", report.summary());
    }

    @Test
    void aVolatileValueComparesByShapeAndAnOpenEndIgnoresWhatFollows() throws Exception {
        String log = "# @volatile BG95M3LAR02A03_01.204.01.204\n# @profile bg95\n"
                + "<< AT+QGMR\n>> BG95M3LAR02A03_01.204.01.204\n>> OK\n<< AT+CFUN=1,1\n>> OK\n";
        ReplayReport closed = replay(Replays.parse("v.log", log));
        assertFalse(closed.passed());
        assertEquals("POWERED DOWN", closed.trailing().get(0));
        assertEquals(java.util.Map.of("BG95M3LAR02A03_01.204.01.204", "BG95M3LAR02A03_01.011.01.011"),
                closed.substitutions());
        ReplayReport open = replay(Replays.parse("v.log", "# @open-end\n" + log));
        assertTrue(open.passed(), open.summary());
        ReplayReport strict = replay(Replays.parse("v.log", log.replace("# @volatile", "# not volatile:")));
        assertEquals(List.of(new Mismatch(4, "BG95M3LAR02A03_01.204.01.204", "BG95M3LAR02A03_01.011.01.011")),
                strict.mismatches());
    }

    static ReplayReport replay(ModuleLog log) throws Exception {
        try (SimulatedModule module = SimulatedModule.start(log.setup().configure(SimConfig.defaults()));
                ModuleConnection line = module.open();
                LineReader reader = new LineReader(line.fromModule())) {
            return ReplayRunner.defaults().run(log, line.toModule(), reader);
        }
    }
}
