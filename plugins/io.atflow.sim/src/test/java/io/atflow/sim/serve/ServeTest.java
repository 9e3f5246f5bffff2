package io.atflow.sim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fazecast.jSerialComm.SerialPort;

import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/** The module on a TCP port and on a pty that jSerialComm opens like a real serial port. */
class ServeTest {
    static final String ATI = "ATI\r\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A11M4G\r\n\r\nOK\r\n";
    /** How long a read may block before the test fails (a module that stops answering must not hang the build). */
    static final int READ_TIMEOUT_MILLIS = 10_000;
    SimulatedModule module = SimulatedModule.start(SimConfig.defaults());

    @AfterEach
    void close() {
        module.close();
    }

    static String readUntilOk(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        while (!b.toString(StandardCharsets.US_ASCII).endsWith("OK\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void tcpClientsTakeTheLineOneAfterTheOther() throws Exception {
        try (TcpModuleServer server = TcpModuleServer.start(module, "127.0.0.1", 0)) {
            try (Socket first = new Socket("127.0.0.1", server.address().getPort())) {
                first.setSoTimeout(READ_TIMEOUT_MILLIS);
                first.getOutputStream().write("ATI\r".getBytes(StandardCharsets.US_ASCII));
                assertEquals(ATI, readUntilOk(first.getInputStream()));
                try (Socket second = new Socket("127.0.0.1", server.address().getPort())) {
                    second.setSoTimeout(READ_TIMEOUT_MILLIS);
                    second.getOutputStream().write("AT\r".getBytes(StandardCharsets.US_ASCII));
                    assertEquals("AT\r\r\nOK\r\n", readUntilOk(second.getInputStream()));
                    assertEquals(-1, first.getInputStream().read(), "the first client lost the line");
                }
            }
        }
    }

    @Test
    void aTakenPortIsOneSentence() throws Exception {
        try (TcpModuleServer server = TcpModuleServer.start(module, "127.0.0.1", 0)) {
            int port = server.address().getPort();
            IOException e = assertThrows(IOException.class, () -> TcpModuleServer.start(module, "127.0.0.1", port));
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + port + " ("), e.getMessage());
            assertTrue(e.getMessage().endsWith("; choose another --tcp address or port"), e.getMessage());
        }
    }

    @Test
    void jSerialCommOpensThePtyAndAgainAfterClosingIt(@TempDir Path dir) throws Exception {
        Path tty = dir.resolve("ttyATF");
        try (PtyBridge pty = PtyBridge.start(module, tty)) {
            assertTrue(Files.exists(tty));
            for (int round = 0; round < 2; round++) {
                SerialPort port = SerialPort.getCommPort(pty.path().toString());
                port.setBaudRate(115200);
                port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
                assertTrue(port.openPort(), "jSerialComm could not open " + tty);
                try {
                    port.getOutputStream().write("ATI\r".getBytes(StandardCharsets.US_ASCII));
                    port.getOutputStream().flush();
                    assertEquals(ATI, readUntilOk(port.getInputStream()));
                } finally {
                    port.closePort();
                }
            }
        }
        assertFalse(Files.exists(tty), "socat removes the link when the bridge closes");
    }

    @Test
    void missingSocatIsOneSentence(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class,
                () -> PtyBridge.start(module, dir.resolve("tty"), "socat-is-not-installed"));
        assertEquals("the pty needs socat, which is not installed (apt-get install socat); or use --tcp HOST:PORT"
                + " instead of --pty", e.getMessage());
    }
}
