package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.platform.PlatformNetwork;

/** An ATFlow session transcript (the engine's format) drives the simulator like a >> log does. */
class TranscriptReplayTest {
    static PlatformNetwork network;

    @BeforeAll
    static void platform() {
        network = PlatformNetwork.embedded();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    static String fixture() throws IOException {
        try (InputStream in = TranscriptReplayTest.class.getResourceAsStream("qmtpub-session.transcript")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    ReplayReport replay(ModuleLog log) throws IOException {
        try (SimulatedModule module = SimulatedModule.start(SimConfig.defaults().withNetwork(network.network()));
                ModuleConnection line = module.open();
                LineReader reader = new LineReader(line.fromModule())) {
            return ReplayRunner.defaults().run(log, line.toModule(), reader);
        }
    }

    @Test
    void transcriptWithCtrlZPayloadReplays() throws Exception {
        ModuleLog log = Replays.parse("qmtpub-session.transcript", fixture());
        assertEquals(7, log.exchanges().size());
        Exchange publish = log.exchanges().get(5);
        assertEquals(List.of("{\"id\":\"7\",\"params\":{\"Temp\":21.5},\"version\":\"1.0\","
                + "\"method\":\"thing.event.property.post\"}\u001a"), publish.payloads());
        ReplayReport report = replay(log);
        assertTrue(report.passed(), report.summary());
    }

    @Test
    void aDifferenceNamesTheTranscriptLine() throws Exception {
        String changed = fixture().replace("+QMTSUB: 0,2,0,1", "+QMTSUB: 0,2,0,0");
        ReplayReport report = replay(Replays.parse("changed.transcript", changed));
        assertFalse(report.passed());
        assertEquals(List.of(new Mismatch(21, "+QMTSUB: 0,2,0,0", "+QMTSUB: 0,2,0,1")), report.mismatches());
        assertTrue(report.summary().endsWith("\nchanged.transcript:21: expected \"+QMTSUB: 0,2,0,0\" but the module "
                + "said \"+QMTSUB: 0,2,0,1\""), report.summary());
    }

    @Test
    void unusableInputIsOneSentence() {
        IOException missing = assertThrows(IOException.class, () -> Replays.load(Path.of("/no/such.log")));
        assertEquals("/no/such.log: no such file", missing.getMessage());
        IOException empty = assertThrows(IOException.class, () -> Replays.parse("x.log", ">> OK\n>> +QMTSTAT: 0,1\n"));
        assertEquals("x.log: no AT command found; a replay needs the commands (echoed in a >> log, or TX entries of"
                + " a transcript)", empty.getMessage());
        IOException broken = assertThrows(IOException.class,
                () -> Replays.parse("t.transcript", "#ATFLOW-TRANSCRIPT 1 start=2026-01-01T00:00:00Z port=sim\nbad\n"
                        + "0.1 TX AT\\r\n"));
        assertTrue(broken.getMessage().startsWith("t.transcript:2: "), broken.getMessage());
    }
}
