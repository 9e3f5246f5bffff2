package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionConfig;
import io.atflow.engine.transport.Rfc2217Transport;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.run.testing.Runs;
import io.atflow.run.testing.Ser2net;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;
import io.atflow.sim.serve.PtyBridge;

/**
 * The RFC 2217 transport against Debian's ser2net 4.x ({@code telnet(rfc2217)}) in front of a socat pty whose other
 * end is the simulated module: AT commands, a baud change in the middle (checked on the pty with {@code stty}), and
 * ser2net restarted in the middle of a run. Skipped without ser2net/socat on a developer machine; CI=true fails.
 */
@Timeout(120)
class Rfc2217Ser2netTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void tools() {
        Ser2net.require("ser2net", "socat", "stty");
    }

    static AtCommand cmd(String text) {
        return AtCommand.of(text, io.atflow.lang.catalog.AtCatalog.standard().commandFacts()).withTimeout(Duration.ofSeconds(15));
    }

    /** The speed of the pty as the kernel holds it, read by coreutils' stty, independent of ATFlow. */
    static String sttySpeed(Path tty) throws Exception {
        Process p = new ProcessBuilder("stty", "-F", tty.toRealPath().toString(), "speed").redirectErrorStream(true)
                .start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS), "stty did not finish");
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
    }

    @Test
    void commandsABaudChangeAndAServerRestartThroughSer2net() throws Exception {
        try (SimulatedModule module = SimulatedModule.start(SimConfig.defaults());
                PtyBridge pty = PtyBridge.start(module, dir.resolve("ttyATF"));
                // keeps the pty's slave side open, so socat does not end when ser2net closes the device
                RandomAccessFile holder = new RandomAccessFile(pty.path().toFile(), "r");
                Ser2net ser2net = Ser2net.start(dir, pty.path())) {
            List<String> warnings = new CopyOnWriteArrayList<>();
            Rfc2217Transport t = new Rfc2217Transport("127.0.0.1", ser2net.port(), SerialSettings.of("x"), 1000,
                    warnings::add);
            String at = "rfc2217://127.0.0.1:" + ser2net.port();
            try (Session s = Session.open(t, SessionConfig.defaults().withTranscript(dir.resolve("t1.log")))) {
                assertTrue(s.execute(cmd("AT")).isSuccess());
                CommandResult ati = s.execute(cmd("ATI"));
                assertTrue(ati.isSuccess(), ati.describe());
                assertEquals("Quectel", ati.lines().get(0), ati.describe());
                assertEquals("115200", sttySpeed(pty.path()));
                // measured: ser2net 4.3 in front of a pty never acknowledges DTR/RTS; a bounded wait and a warning
                assertEquals(List.of(at + " did not acknowledge SET-CONTROL DTR ON, SET-CONTROL RTS ON; carrying on"),
                        warnings);

                assertEquals(9600, t.changeBaud(9600));
                assertEquals("9600", sttySpeed(pty.path()));
                assertEquals(9600, t.baud());
                assertTrue(s.execute(cmd("AT+CSQ")).isSuccess());

                ser2net.restart();
                CommandResult dropped = s.execute(cmd("AT"));
                assertEquals(at + " closed the connection",
                        assertInstanceOf(CommandResult.TransportError.class, dropped).message());
            }
            // the engine has no reconnect: the next session (or run) connects to the restarted server
            Runs.Outcome o = Runs.run(dir, "send AT\nsend ATI\n",
                    Targets.transports().parse("rfc2217://127.0.0.1:" + ser2net.port(), null));
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("warning: " + at + " did not acknowledge SET-CONTROL DTR ON, SET-CONTROL RTS ON;"
                    + " carrying on"), o.logs(), o::transcript);
        }
    }
}
