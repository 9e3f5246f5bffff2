package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.transport.FlowControl;
import io.atflow.engine.transport.SerialSettings;
import io.atflow.engine.transport.TransportException;
import io.atflow.run.testing.Runs;
import io.atflow.sim.run.SimTarget;

/** {@code --port} values, and the one-sentence errors of targets that cannot be reached. */
class RunTargetTest {
    /** The targets on this class path: the simulator's provider (META-INF/services of io.atflow.sim), transports. */
    private static final Targets INSTALLED = Targets.installed(RunTargetTest.class.getClassLoader());

    @TempDir
    Path dir;

    @Test
    void portValuesName() throws TransportException {
        assertInstanceOf(SimTarget.class, INSTALLED.parse(null, null));
        assertInstanceOf(SimTarget.class, INSTALLED.parse(" ", null));
        assertEquals("sim", INSTALLED.parse("SIM", null).describe());
        assertEquals(SimTarget.RUN_TIMING, ((SimTarget) INSTALLED.parse("sim", null)).config().timing());
        assertEquals(new RunTarget.Tcp("127.0.0.1", 5000), INSTALLED.parse("tcp://127.0.0.1:5000", null));
        assertEquals("tcp://[::1]:5000", INSTALLED.parse("tcp://[::1]:5000", null).describe());
        SerialSettings fast = SerialSettings.of("x").withBaud(921600).withFlowControl(FlowControl.RTS_CTS);
        RunTarget serial = INSTALLED.parse("/dev/ttyUSB2", fast);
        assertEquals(new RunTarget.Serial(fast.withPort("/dev/ttyUSB2")), serial);
        assertEquals("/dev/ttyUSB2 921600 8N1 rtscts", serial.describe());
        assertEquals("COM5 115200 8N1", INSTALLED.parse("COM5", null).describe());
        assertEquals("socket://lab:3001", INSTALLED.parse("socket://lab:3001", null).describe());
        assertEquals(new RunTarget.Tcp("socket://", "lab", 3001), INSTALLED.parse("socket://lab:3001", null));
        RunTarget rfc = INSTALLED.parse("rfc2217://lab:7000", fast);
        assertEquals(new RunTarget.Rfc2217("lab", 7000, fast.withPort("rfc2217://lab:7000")), rfc);
        assertEquals("rfc2217://lab:7000 921600 8N1 rtscts", rfc.describe());
    }

    @Test
    void malformedPortsAreOneSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> INSTALLED.parse("tcp://host", null));
        assertEquals("\"tcp://host\" needs a port number, e.g. tcp://host:5000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> INSTALLED.parse("localhost:5000", null));
        assertEquals("port \"localhost:5000\" looks like a network address; write tcp://localhost:5000 (raw TCP)"
                + " or rfc2217://localhost:5000 (RFC 2217 server)", e.getMessage());
    }

    @Test
    void aPortNoInstalledTargetAcceptsIsOneSentenceNamingTheSettingAndTheForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Targets.transports().parse("sim", null));
        assertEquals("no installed target accepts --port sim; use tcp://host:port, socket://host:port,"
                + " rfc2217://host:port or a serial port such as /dev/ttyUSB2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> INSTALLED.parse("udp://lab:5000", null));
        assertEquals("no installed target accepts --port udp://lab:5000; use sim, tcp://host:port, socket://host:port,"
                + " rfc2217://host:port or a serial port such as /dev/ttyUSB2", e.getMessage());
        assertEquals("sim, tcp://host:port, socket://host:port, rfc2217://host:port or a serial port such as"
                + " /dev/ttyUSB2", INSTALLED.forms());
    }

    @Test
    void aMissingSerialPortIsAnErrorBeforeAnythingRuns() {
        Path file = Runs.write(dir, "s.atflow", "send AT\n");
        Runs.Outcome o = Runs.run(Runs.of(file, RunTarget.serial(SerialSettings.of("/dev/ttyATFLOW-none"))));
        assertEquals(Verdict.ERROR, o.result().verdict(), o::transcript);
        assertTrue(o.result().message().startsWith("serial port /dev/ttyATFLOW-none does not exist"),
                o.result().message());
        assertEquals(null, o.result().location());
        assertEquals(Verdict.ERROR.exitCode(), 2);
    }

    @Test
    void aRefusedConnectionIsAnError() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path file = Runs.write(dir, "t.atflow", "send AT\n");
        Runs.Outcome o = Runs.run(Runs.of(file, RunTarget.tcp("127.0.0.1", port)));
        assertEquals(Verdict.ERROR, o.result().verdict(), o::transcript);
        assertEquals("nothing accepts connections at tcp://127.0.0.1:" + port + " (connection refused)",
                o.result().message());
    }

    @Test
    void anInvalidScriptFailsWithItsDiagnosticsAndTouchesNoPort() {
        Path file = Runs.write(dir, "bad.atflow", "step \"x\" {\n  send AT+QMTOPEN=9,\"h\",1883\n}\n");
        Runs.Outcome o = Runs.run(Runs.of(file, RunTarget.serial(SerialSettings.of("/dev/ttyATFLOW-none"))));
        assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
        assertEquals(file + ":2", o.result().location());
        assertEquals("<client_idx> of AT+QMTOPEN must be between 0 and 5, not 9", o.result().message());
        assertTrue(o.logs().get(0).startsWith(file + ":2:19: error: "), o.logs()::toString);
    }

    @Test
    void aMissingScriptFileIsAnError() {
        Runs.Outcome o = Runs.run(Runs.of(dir.resolve("none.atflow"), Runs.FAST_SIM));
        assertEquals(Verdict.ERROR, o.result().verdict());
        assertEquals("no such file: " + dir.resolve("none.atflow"), o.result().message());
    }
}
