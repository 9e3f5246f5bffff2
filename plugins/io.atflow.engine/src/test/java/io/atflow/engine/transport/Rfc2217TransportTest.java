package io.atflow.engine.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.channel.AtChannel;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.ScriptedTelnetServer;
import io.atflow.engine.transport.telnet.ComPort;

/**
 * The RFC 2217 client against a scripted telnet server. Every byte is written by hand from the RFCs: IAC 0xFF,
 * SB 0xFA, SE 0xF0, WILL 0xFB, WONT 0xFC, DO 0xFD, DONT 0xFE (RFC 854); BINARY 0 (RFC 856), SGA 3 (RFC 858),
 * COM-PORT-OPTION 0x2C = 44 and its commands 1-12, answered as 101-112 (RFC 2217).
 */
@Timeout(30)
class Rfc2217TransportTest {
    static final long ANSWER_MILLIS = 300;
    final List<String> warnings = new CopyOnWriteArrayList<>();

    Rfc2217Transport client(ScriptedTelnetServer server, SerialSettings settings) {
        return new Rfc2217Transport("127.0.0.1", server.port(), settings, ANSWER_MILLIS, warnings::add);
    }

    static CompletableFuture<Void> openInBackground(Rfc2217Transport t) {
        return CompletableFuture.runAsync(() -> {
            try {
                t.open();
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The client's option requests (WILL BINARY, SGA, COM-PORT; DO BINARY, SGA) and a server agreeing to all. */
    static void negotiate(ScriptedTelnetServer s) throws Exception {
        s.accept();
        s.expect(0xFF, 0xFB, 0, 0xFF, 0xFB, 3, 0xFF, 0xFB, 44, 0xFF, 0xFD, 0, 0xFF, 0xFD, 3);
        s.send(0xFF, 0xFD, 0, 0xFF, 0xFD, 3, 0xFF, 0xFD, 44, 0xFF, 0xFB, 0, 0xFF, 0xFB, 3);
    }

    /** 115200 8N1, no flow control, DTR and RTS on. */
    static void expectSettings(ScriptedTelnetServer s) throws Exception {
        s.expect(0xFF, 0xFA, 44, 1, 0x00, 0x01, 0xC2, 0x00, 0xFF, 0xF0); // SET-BAUDRATE 115200 = 0x0001C200
        s.expect(0xFF, 0xFA, 44, 2, 8, 0xFF, 0xF0); // SET-DATASIZE 8
        s.expect(0xFF, 0xFA, 44, 3, 1, 0xFF, 0xF0); // SET-PARITY NONE = 1
        s.expect(0xFF, 0xFA, 44, 4, 1, 0xFF, 0xF0); // SET-STOPSIZE 1 = 1
        s.expect(0xFF, 0xFA, 44, 5, 1, 0xFF, 0xF0); // SET-CONTROL no flow control = 1
        s.expect(0xFF, 0xFA, 44, 5, 8, 0xFF, 0xF0); // SET-CONTROL DTR ON = 8
        s.expect(0xFF, 0xFA, 44, 5, 11, 0xFF, 0xF0); // SET-CONTROL RTS ON = 11
        expectQuery(s);
    }

    /** SET-BAUDRATE 0 (asks for the current rate), sent after commands as a marker. */
    static void expectQuery(ScriptedTelnetServer s) throws Exception {
        s.expect(0xFF, 0xFA, 44, 1, 0, 0, 0, 0, 0xFF, 0xF0);
    }

    /** Answers the query: the current rate, 4 bytes big-endian, as server command 101. */
    static void answerQuery(ScriptedTelnetServer s, int baud) throws Exception {
        s.send(0xFF, 0xFA, 44, 101, baud >>> 24, (baud >>> 16) & 0xFF, (baud >>> 8) & 0xFF, baud & 0xFF, 0xFF, 0xF0);
    }

    /** Acknowledges like ser2net in front of a pty: everything except DTR and RTS. */
    static void acknowledgeAllButDtrRts(ScriptedTelnetServer s) throws Exception {
        s.send(0xFF, 0xFA, 44, 101, 0x00, 0x01, 0xC2, 0x00, 0xFF, 0xF0);
        s.send(0xFF, 0xFA, 44, 102, 8, 0xFF, 0xF0);
        s.send(0xFF, 0xFA, 44, 103, 1, 0xFF, 0xF0);
        s.send(0xFF, 0xFA, 44, 104, 1, 0xFF, 0xF0);
        s.send(0xFF, 0xFA, 44, 105, 1, 0xFF, 0xF0);
        answerQuery(s, 115200);
    }

    @Test
    void openSetsTheSerialPortAndUnacknowledgedDtrRtsAreAWarningNotAHang() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("rfc2217://127.0.0.1:" + s.port() + " did not acknowledge SET-CONTROL DTR ON,"
                    + " SET-CONTROL RTS ON; carrying on"), warnings);
            assertTrue(t.isOpen());
            t.close();
        }
    }

    @Test
    void aServerThatAnswersNothingCostsBoundedWaitsAndWarnings() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            s.accept();
            s.read(15);
            expectSettings(s);
            open.get(10, TimeUnit.SECONDS);
            String at = "rfc2217://127.0.0.1:" + s.port();
            assertEquals(2, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith(at + " did not answer the telnet option requests "), warnings.get(0));
            assertTrue(warnings.get(0).contains("WILL COM-PORT-OPTION"), warnings.get(0));
            assertTrue(warnings.get(1).startsWith(at + " did not acknowledge SET-BAUDRATE 115200, SET-DATASIZE 8,"),
                    warnings.get(1));
            t.close();
        }
    }

    @Test
    void dataIs8BitCleanBothWaysAndNotificationsAreTakenOutOfIt() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            t.write(new byte[] {'A', (byte) 0xFF, 'B'});
            s.expect('A', 0xFF, 0xFF, 'B');
            // "O", 255 (doubled), a NOTIFY-MODEMSTATE (107) with CTS|DSR = 0x30 split over two writes, "K"
            s.send('O', 0xFF, 0xFF, 0xFF, 0xFA, 44);
            s.send(107, 0x30, 0xFF, 0xF0, 'K');
            byte[] got = new byte[3];
            int n = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (n < 3 && System.nanoTime() < deadline) {
                n += Math.max(0, t.read(got, n, 3 - n));
            }
            assertEquals("4fff4b", java.util.HexFormat.of().formatHex(got));
            assertEquals(0x30, t.modemState());
            t.close();
        }
    }

    @Test
    void baudChangesWhileOpenAreAcknowledgedWithTheServersValue() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            warnings.clear();
            CompletableFuture<Integer> change = CompletableFuture.supplyAsync(() -> {
                try {
                    return t.changeBaud(9600);
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                }
            });
            s.expect(0xFF, 0xFA, 44, 1, 0x00, 0x00, 0x25, 0x80, 0xFF, 0xF0); // SET-BAUDRATE 9600 = 0x2580
            expectQuery(s);
            s.send(0xFF, 0xFA, 44, 101, 0x00, 0x00, 0x25, 0x80, 0xFF, 0xF0);
            answerQuery(s, 9600);
            assertEquals(9600, change.get(10, TimeUnit.SECONDS));
            assertEquals(List.of(), warnings);
            // a server that settles on another rate says so: 19200 = 0x4B00
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> {
                try {
                    return t.changeBaud(250000);
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                }
            });
            s.expect(0xFF, 0xFA, 44, 1, 0x00, 0x03, 0xD0, 0x90, 0xFF, 0xF0); // 250000 = 0x0003D090
            expectQuery(s);
            s.send(0xFF, 0xFA, 44, 101, 0x00, 0x00, 0x4B, 0x00, 0xFF, 0xF0);
            answerQuery(s, 19200);
            assertEquals(19200, other.get(10, TimeUnit.SECONDS));
            assertEquals(List.of("rfc2217://127.0.0.1:" + s.port()
                    + " answered SET-BAUDRATE 250000 with 19200 instead"), warnings);
            t.close();
        }
    }

    interface Control {
        void run() throws TransportException;
    }

    static CompletableFuture<Void> async(Control c) {
        return CompletableFuture.runAsync(() -> {
            try {
                c.run();
            } catch (TransportException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void purgeDtrAndNotificationMasksWhileOpenAndLineErrorsAreWarnings() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            warnings.clear();
            String at = "rfc2217://127.0.0.1:" + s.port();

            CompletableFuture<Void> purge = async(() -> t.purge(ComPort.PURGE_BOTH));
            s.expect(0xFF, 0xFA, 44, 12, 3, 0xFF, 0xF0); // PURGE-DATA both = 3
            expectQuery(s);
            s.send(0xFF, 0xFA, 44, 112, 3, 0xFF, 0xF0);
            answerQuery(s, 115200);
            purge.get(10, TimeUnit.SECONDS);

            CompletableFuture<Void> dtr = async(() -> t.setDtr(false));
            s.expect(0xFF, 0xFA, 44, 5, 9, 0xFF, 0xF0); // SET-CONTROL DTR OFF = 9, never acknowledged
            expectQuery(s);
            answerQuery(s, 115200); // the query answered: the DTR request was skipped, no need to wait longer
            dtr.get(10, TimeUnit.SECONDS);
            assertEquals(List.of(at + " did not acknowledge SET-CONTROL DTR OFF; carrying on"), warnings);

            CompletableFuture<Void> masks = async(() -> t.notifyOn(0x1E, 0xFF));
            s.expect(0xFF, 0xFA, 44, 10, 0x1E, 0xFF, 0xF0); // SET-LINESTATE-MASK overrun|parity|framing|break
            expectQuery(s);
            s.send(0xFF, 0xFA, 44, 110, 0x1E, 0xFF, 0xF0);
            answerQuery(s, 115200);
            s.expect(0xFF, 0xFA, 44, 11, 0xFF, 0xFF, 0xFF, 0xF0); // SET-MODEMSTATE-MASK 255, doubled inside SB
            expectQuery(s);
            s.send(0xFF, 0xFA, 44, 111, 0xFF, 0xFF, 0xFF, 0xF0);
            answerQuery(s, 115200);
            masks.get(10, TimeUnit.SECONDS);
            assertEquals(1, warnings.size(), warnings.toString());

            s.send(0xFF, 0xFA, 44, 106, 0x08, 0xFF, 0xF0); // NOTIFY-LINESTATE framing error (bit 3)
            Eventually.until("the line state arrived", () -> t.lineState() == 0x08);
            Eventually.until("the line error is a warning", () -> warnings.size() == 2);
            assertEquals(at + " reports line errors (line state 0x8): check the baud rate and frame", warnings.get(1));
            t.close();
        }
    }

    @Test
    void unknownOptionsAreRefusedOnceAndAgreedOptionsAreNotReanswered() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            // DO TERMINAL-TYPE (24) -> WONT 24; WILL ECHO (1) -> DONT 1; DO BINARY again (already on) -> no answer
            s.send(0xFF, 0xFD, 24, 0xFF, 0xFB, 1, 0xFF, 0xFD, 0);
            s.expect(0xFF, 0xFC, 24, 0xFF, 0xFE, 1);
            t.write("AT\r".getBytes(StandardCharsets.US_ASCII));
            s.expect('A', 'T', '\r');
            t.close();
        }
    }

    @Test
    void aServerRefusingComPortIsAWarningAndNoSettingsAreSent() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            s.accept();
            s.read(15);
            s.send(0xFF, 0xFD, 0, 0xFF, 0xFD, 3, 0xFF, 0xFE, 44, 0xFF, 0xFB, 0, 0xFF, 0xFB, 3);
            open.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("rfc2217://127.0.0.1:" + s.port() + " refuses COM-PORT-OPTION (RFC 2217), so baud"
                    + " rate and frame stay as the server has them; for a raw TCP port write socket://127.0.0.1:"
                    + s.port()), warnings);
            t.write("AT\r".getBytes(StandardCharsets.US_ASCII));
            s.expect('A', 'T', '\r');
            t.close();
        }
    }

    @Test
    void aDroppedConnectionEndsTheChannelNamingThePort() throws Exception {
        try (ScriptedTelnetServer s = new ScriptedTelnetServer()) {
            Rfc2217Transport t = client(s, SerialSettings.of("x"));
            CompletableFuture<Void> open = openInBackground(t);
            negotiate(s);
            expectSettings(s);
            acknowledgeAllButDtrRts(s);
            open.get(10, TimeUnit.SECONDS);
            try (AtChannel c = new AtChannel(t)) {
                c.start();
                CompletableFuture<CommandResult> r = CompletableFuture
                        .supplyAsync(() -> c.execute(QuectelFacts.command("AT").withTimeout(Duration.ofSeconds(20))));
                s.expect('A', 'T', '\r');
                s.hangUp();
                CommandResult.TransportError e = assertInstanceOf(CommandResult.TransportError.class,
                        r.get(15, TimeUnit.SECONDS));
                assertEquals("rfc2217://127.0.0.1:" + s.port() + " closed the connection", e.message());
                Eventually.until("the transport is closed", () -> !c.isOpen());
            }
        }
    }
}
