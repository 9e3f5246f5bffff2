package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.Payload;
import io.atflow.engine.session.Session;
import io.atflow.engine.session.SessionConfig;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.PtyPair;
import io.atflow.engine.testing.PtyResponder;
import io.atflow.engine.transcript.Transcript;
import io.atflow.engine.transcript.TranscriptReader;
import io.atflow.engine.urc.AwaitResult;
import io.atflow.engine.urc.UrcFilter;

/** The serial transport through jSerialComm for real, on a pty pair made by socat. */
@Timeout(60)
class SerialTransportPtyTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void needsSocat() {
        PtyPair.requireSocat();
    }

    static AtCommand cmd(String text) {
        return QuectelFacts.command(text).withTimeout(Duration.ofSeconds(15));
    }

    @Test
    void commandsPromptsAndUrcsOverARealSerialPort() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            PtyResponder module = new PtyResponder(pty.b);
            module.start();
            SerialTransport serial = new SerialTransport(SerialSettings.parse(pty.a.toString(), "115200 8N1"));
            try (Session s = Session.open(serial, SessionConfig.defaults().withTranscript(dir.resolve("t.log")))) {
                assertEquals("serial " + pty.a + " 115200 8N1", s.describe());
                assertTrue(s.execute(cmd("AT")).isSuccess());
                assertEquals(List.of("+CSQ: 20,99"), s.execute(cmd("AT+CSQ")).lines());
                assertTrue(s.execute(cmd("AT+URC")).isSuccess());
                assertInstanceOf(AwaitResult.Received.class, s.await(UrcFilter.prefix("+QMTSTAT: 0,"), Duration.ofSeconds(15)));
                CommandResult pub = s.execute(cmd("AT+QMTPUB=0,0,0,0,\"/t\"").withPayload(Payload.ctrlZ("{\"Temp\":23.9}")));
                assertTrue(pub.isSuccess(), pub.describe());
                assertEquals(List.of("{\"Temp\":23.9}"), module.payloads);
                assertInstanceOf(AwaitResult.Received.class, s.await(UrcFilter.prefix("+QMTPUB: 0,0,"), Duration.ofSeconds(15)));
            }
        }
    }

    @Test
    void commandsInARowWithPollingBeforeReads() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            PtyResponder module = new PtyResponder(pty.b);
            module.start();
            SerialTransport serial = new SerialTransport(SerialSettings.of(pty.a.toString()));
            SessionConfig config = SessionConfig.defaults().withTranscript(dir.resolve("poll.log"))
                    .withChannel(io.atflow.engine.channel.ChannelConfig.defaults().withPollBeforeRead(true));
            try (Session s = Session.open(serial, config)) {
                for (int i = 0; i < 200; i++) {
                    assertTrue(s.execute(cmd("AT")).isSuccess());
                    assertEquals(List.of("+CSQ: 20,99"), s.execute(cmd("AT+CSQ")).lines());
                }
            }
            Transcript t = TranscriptReader.read(dir.resolve("poll.log"));
            assertEquals(400, t.entries().stream().filter(e -> e.kind() == io.atflow.engine.transcript.TranscriptEntry.Kind.RES).count());
        }
    }

    @Test
    void availableCountsTheBytesAReadReturnsWithoutBlocking() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            SerialTransport serial = new SerialTransport(SerialSettings.of(pty.a.toString()));
            assertEquals(-1, serial.available(), "not open yet");
            serial.open();
            try (java.io.OutputStream module = java.nio.file.Files.newOutputStream(pty.b)) {
                assertEquals(0, serial.available());
                module.write("\r\nOK\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                module.flush();
                Eventually.until("the answer reached the port", () -> serial.available() == 6);
                byte[] buf = new byte[64];
                assertEquals(6, serial.read(buf, 0, buf.length));
                assertEquals(0, serial.available());
            } finally {
                serial.close();
            }
            assertEquals(-1, serial.available(), "closed");
        }
    }

    @Test
    void aVanishingPortEndsTheSessionWithATransportErrorAndACompleteTranscript() throws Exception {
        Path log = dir.resolve("vanish.log");
        try (PtyPair pty = PtyPair.start(dir)) {
            PtyResponder module = new PtyResponder(pty.b);
            module.start();
            Session s = Session.open(new SerialTransport(SerialSettings.of(pty.a.toString())),
                    SessionConfig.defaults().withTranscript(log));
            AtomicReference<CommandResult> result = new AtomicReference<>();
            Thread interpreter = new Thread(() -> result.set(s.execute(QuectelFacts.command("AT+HANG").withTimeout(Duration.ofSeconds(50)))));
            interpreter.start();
            Eventually.until("the module received the command", () -> module.commands.contains("AT+HANG"));
            pty.kill();
            interpreter.join();
            CommandResult.TransportError e = assertInstanceOf(CommandResult.TransportError.class, result.get());
            assertTrue(e.message().startsWith("serial port " + pty.a + " stopped working"), e.message());
            assertFalse(s.isOpen());
            assertInstanceOf(CommandResult.TransportError.class, s.execute(cmd("AT")));
            Transcript t = TranscriptReader.read(log);
            assertEquals("closed: " + e.message(), t.entries().get(t.entries().size() - 1).text());
            s.close();
        }
    }
}
