package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.platform.PlatformNetwork;

/**
 * Every AT transcript of the application note's sections 4.1.2-4.2.3 (4.1.3 has none), cleaned as each fixture's
 * header says, replayed against a simulated module on a fresh platform emulator: every line the module prints must
 * be the logged line (fresh secrets, tokens and client ids by shape).
 */
class AppNoteReplayTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "4.1.2-username-password.log, 6",
        "4.1.4-device-secret-report.log, 14",
        "4.2.1-register.log, 14",
        "4.2.2-registration-free.log, 15",
        "4.2.3-https-register.log, 14" })
    void transcriptReplaysLineByLine(String fixture, int commands) throws Exception {
        ModuleLog log = ModuleLogParser.parse(fixture, read(fixture));
        assertEquals(commands, log.exchanges().size(), "commands in " + fixture);
        try (PlatformNetwork network = PlatformNetwork.embedded();
                SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withNetwork(network.network()));
                ModuleConnection line = module.open();
                LineReader reader = new LineReader(line.fromModule())) {
            ReplayReport report = ReplayRunner.defaults().run(log, line.toModule(), reader);
            assertTrue(report.passed(), report.summary());
            assertEquals(0, report.skippedPreamble());
        }
    }

    static String read(String fixture) throws Exception {
        try (InputStream in = AppNoteReplayTest.class.getResourceAsStream("/io/atflow/sim/appnote/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
