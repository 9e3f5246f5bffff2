package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/**
 * Several "suspend on URC" patterns: each reaches the run, a stop names the one that matched, and changing the set
 * while the run waits takes effect for the next URC. The URCs are the BG95's ({@code +QMTSTAT: <idx>,<err>} with
 * err 1 "closed by peer"; {@code +QIURC: "closed",<connectID>}, TCP/IP application note).
 */
class DebugUrcTest {
    static final String MQTT = "+QMTSTAT: 0,{err}";
    static final String TCP = "+QIURC: \"closed\",{id}";
    @TempDir
    Path dir;

    @Test
    void everyPatternSuspendsAndTheStopNamesIt() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "u.atflow", """
                    await +QMTRECV: 0,{id},"{topic}","{payload}" within 30s
                    log "got ${payload}"
                    """);
            Debugger d = Debugger.create();
            d.setSuspendOnUrc(List.of(MQTT, TCP));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the await waits", () -> DebugTimeTest.awaits(run) > 0);

            m.urc("+QIURC: \"closed\",1");
            Suspension tcp = run.suspension(1);
            assertEquals(StopReason.URC, tcp.reason());
            assertEquals(TCP, tcp.urcPattern());
            assertTrue(tcp.description().startsWith("URC +QIURC: \"closed\",1") && tcp.description()
                    .endsWith("(suspend on URC " + TCP + ")"), tcp.description());
            d.resume();

            m.urc("+QMTSTAT: 0,1");
            Suspension mqtt = run.suspension(2);
            assertEquals(MQTT, mqtt.urcPattern());
            assertTrue(mqtt.description().startsWith("URC +QMTSTAT: 0,1"), mqtt.description());
            d.resume();

            d.setSuspendOnUrc(List.of(MQTT)); // the TCP one disabled while the run waits
            m.urc("+QIURC: \"closed\",2");
            // in the bus's backlog: published, so a watch switched on from now on does not see it
            Runs.until("the URC arrived", () -> run.handle.context().session().urcs().backlog().stream()
                    .anyMatch(u -> u.line().equals("+QIURC: \"closed\",2")));
            d.setSuspendOnUrc(List.of(MQTT, TCP)); // and enabled again
            m.urc("+QIURC: \"closed\",3");
            Suspension again = run.suspension(3);
            assertTrue(again.description().startsWith("URC +QIURC: \"closed\",3"),
                    () -> "the disabled pattern did not stop at ,2: " + again.description());
            assertEquals(TCP, again.urcPattern());
            d.resume();

            m.urc("+QMTRECV: 0,1,\"/t\",\"hello\"");
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(3, run.suspensions.size(), run.suspensions::toString);
        }
    }

    @Test
    void aPatternThatDoesNotParseChangesNothing() throws DebugException {
        Debugger d = Debugger.create();
        d.setSuspendOnUrc(List.of(MQTT));
        DebugException bad = assertThrows(DebugException.class, () -> d.setSuspendOnUrc(List.of(TCP, "/(/")));
        assertEquals("the URC pattern /(/ does not parse: ", bad.getMessage().substring(0, 36));
    }
}
