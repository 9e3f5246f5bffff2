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

/** {@code --port} values, and the one-sentence errors of targets that cannot be reached. */
class RunTargetTest {
    @TempDir
    Path dir;

    @Test
    void portValuesName() throws TransportException {
        assertInstanceOf(RunTarget.Sim.class, RunTarget.parse(null, null));
        assertInstanceOf(RunTarget.Sim.class, RunTarget.parse(" ", null));
        assertEquals("sim", RunTarget.parse("SIM", null).describe());
        assertEquals(RunTarget.SIM_TIMING, ((RunTarget.Sim) RunTarget.parse("sim", null)).config().timing());
        assertEquals(new RunTarget.Tcp("127.0.0.1", 5000), RunTarget.parse("tcp://127.0.0.1:5000", null));
        assertEquals("tcp://[::1]:5000", RunTarget.parse("tcp://[::1]:5000", null).describe());
        SerialSettings fast = SerialSettings.of("x").withBaud(921600).withFlowControl(FlowControl.RTS_CTS);
        RunTarget serial = RunTarget.parse("/dev/ttyUSB2", fast);
        assertEquals(new RunTarget.Serial(fast.withPort("/dev/ttyUSB2")), serial);
        assertEquals("/dev/ttyUSB2 921600 8N1 rtscts", serial.describe());
        assertEquals("COM5 115200 8N1", RunTarget.parse("COM5", null).describe());
        assertEquals("socket://lab:3001", RunTarget.parse("socket://lab:3001", null).describe());
        assertEquals(new RunTarget.Tcp("socket://", "lab", 3001), RunTarget.parse("socket://lab:3001", null));
        RunTarget rfc = RunTarget.parse("rfc2217://lab:7000", fast);
        assertEquals(new RunTarget.Rfc2217("lab", 7000, fast.withPort("rfc2217://lab:7000")), rfc);
        assertEquals("rfc2217://lab:7000 921600 8N1 rtscts", rfc.describe());
    }

    @Test
    void malformedPortsAreOneSentence() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunTarget.parse("tcp://host", null));
        assertEquals("\"tcp://host\" needs a port number, e.g. tcp://host:5000", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RunTarget.parse("localhost:5000", null));
        assertEquals("port \"localhost:5000\" looks like a network address; write tcp://localhost:5000 (raw TCP)"
                + " or rfc2217://localhost:5000 (RFC 2217 server)", e.getMessage());
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
