package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.RecordingObserver;
import io.atflow.engine.testing.ScriptedTransport;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcBus;

/**
 * The wire as Quectel modules (EC2x, BG95, BG96) write it, one row per framing, each row replayed with every read
 * size from one byte (every CRLF, echo and prompt split) to the whole answer at once. The bytes come from Quectel's
 * manuals and posted module logs (cited per row), not from this project.
 */
@Timeout(120)
class ModuleFramingTest {
    static final Duration DONE = Duration.ofSeconds(20);
    static final int[] READ_SIZES = { 1, 2, 3, 5, Integer.MAX_VALUE };

    /** The application note's publish (§ MQTT transcript); 133 bytes, counted with python3 len(). */
    static final String ALINK_JSON = "{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,"
            + "\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}";
    static final String PUBEX = "AT+QMTPUBEX=0,0,0,0,\"/sys/i2uqc2dloOl/device001/thing/event/property/post\",133";
    /** The 12 bytes (a TLS alert) a BG96 sent after the prompt in the log cited for its row. */
    static final byte[] TLS_ALERT = { 0x16, 0x03, 0x03, 0x00, 0x07, 0x0b, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00 };

    /** The module side of a row: writes the expected host bytes and the module's answer, and counts the latter. */
    static final class Module {
        final ScriptedTransport.Builder script;
        long sent;

        Module(int readSize) {
            script = ScriptedTransport.script().chunk(readSize);
        }

        Module expect(String host) {
            script.expect(host);
            return this;
        }

        Module expect(byte[] host) {
            script.expect(host);
            return this;
        }

        Module send(String bytes) {
            script.send(bytes);
            sent += bytes.getBytes(StandardCharsets.UTF_8).length;
            return this;
        }
    }

    /**
     * One framing: what the module writes, the commands the host runs, and what the channel must make of it.
     *
     * @param outcomes  per command: result kind, final line, response lines
     * @param echoes    the lines recognised as echo (command and payload), never a response or a URC
     * @param urcs      what reached the URC bus, in order
     * @param echoAfter what the channel believes about echo afterwards
     */
    record Framing(String name, Consumer<Module> module, List<AtCommand> commands, List<String> outcomes,
            List<String> echoes, int prompts, List<String> urcs, EchoState echoAfter) {
        @Override
        public String toString() {
            return name;
        }
    }

    static AtCommand cmd(String text) {
        return QuectelFacts.command(text).withTimeout(Duration.ofSeconds(15));
    }

    static List<Framing> framings() {
        return List.of(
                // BG96, posted raw log (Azure/embedded-wireless-framework issue 20): [SEND][3][AT\r]
                // [RECV][9][AT\r\r\nOK\r\n] - the echo line ends with CR alone, the result has its own CRLF.
                new Framing("echo ended by CR alone", m -> m.expect("AT\r").send("AT\r\r\nOK\r\n"),
                        List.of(cmd("AT")), List.of("Success OK []"), List.of("AT"), 0, List.of(), EchoState.ON),
                // Same BG96 log: [SEND][5][ATE0\r] [RECV][11][ATE0\r\r\nOK\r\n], then [SEND][3][AT\r]
                // [RECV][6][\r\nOK\r\n] - ATE0 is echoed itself, echo is off from the next command on.
                new Framing("ATE0 echoes itself", m -> m.expect("ATE0\r").send("ATE0\r\r\nOK\r\n")
                        .expect("AT\r").send("\r\nOK\r\n"),
                        List.of(cmd("ATE0"), cmd("AT")), List.of("Success OK []", "Success OK []"),
                        List.of("ATE0"), 0, List.of(), EchoState.OFF),
                // Quectel MQTT application note (EC2x): AT+QMTPUB -> "> " -> payload, Ctrl-Z -> OK, then the
                // delayed +QMTPUB: <idx>,<msgId>,<result>; echo off.
                new Framing("QMTPUB prompt with a blank", m -> m.expect("AT+QMTPUB=0,0,0,0,\"/t\"\r").send("\r\n> ")
                        .expect("{\"a\":1}\u001a").send("\r\nOK\r\n\r\n+QMTPUB: 0,0,0\r\n"),
                        List.of(cmd("AT+QMTPUB=0,0,0,0,\"/t\"").withPayload(Payload.ctrlZ("{\"a\":1}"))),
                        List.of("Success OK []"), List.of(), 1, List.of("+QMTPUB: 0,0,0"), EchoState.OFF),
                // /work/shared/seeds application note, MQTT transcript: AT+QMTPUBEX=...,133, a bare ">" line, the
                // 133-byte JSON echoed, OK, +QMTPUBEX: 0,0,0 (echo on).
                new Framing("QMTPUBEX bare prompt, payload echoed", m -> m.expect(PUBEX + "\r")
                        .send(PUBEX + "\r\r\n>").expect(ALINK_JSON).send(ALINK_JSON + "\r\nOK\r\n\r\n+QMTPUBEX: 0,0,0\r\n"),
                        List.of(cmd(PUBEX).withPayload(Payload.exact(ALINK_JSON))), List.of("Success OK []"),
                        List.of(PUBEX, ALINK_JSON), 1, List.of("+QMTPUBEX: 0,0,0"), EchoState.ON),
                // BG95&BG77&BG600L Series TCP/IP Application Note, example "AT+QISEND=0,4 / >test / SEND OK": a bare
                // prompt, the payload echoed right after it (AT+QISDE=1, the default), SEND OK as the final code.
                new Framing("QISEND bare prompt, payload echo glued to it", m -> m.expect("AT+QISEND=0,4\r")
                        .send("AT+QISEND=0,4\r\r\n>").expect("test").send("test\r\nSEND OK\r\n"),
                        List.of(cmd("AT+QISEND=0,4").withPayload(Payload.exact("test"))),
                        List.of("Success SEND OK []"), List.of("AT+QISEND=0,4", "test"), 1, List.of(), EchoState.ON),
                // BG96, posted log (Azure-Samples/iot-middleware-freertos-samples issue 381), echo off:
                // AT+QISEND=1,12<CR> -> <CR><LF>"> " -> 12 bytes -> <CR><LF>SEND OK<CR><LF>; the data-arrived URC
                // +QIURC: "recv",<connectID> as in the BG95 TCP/IP application note, right after SEND OK.
                new Framing("QISEND prompt with a blank, +QIURC right after SEND OK", m -> m.expect("AT+QISEND=1,12\r")
                        .send("\r\n> ").expect(TLS_ALERT).send("\r\nSEND OK\r\n\r\n+QIURC: \"recv\",1\r\n"),
                        List.of(cmd("AT+QISEND=1,12").withPayload(Payload.exact(TLS_ALERT))),
                        List.of("Success SEND OK []"), List.of(), 1, List.of("+QIURC: \"recv\",1"), EchoState.OFF),
                // BG96 TCP/IP Application Note, AT+QISEND: "If the connection is established but the sending buffer
                // is full: SEND FAIL".
                new Framing("QISEND answered SEND FAIL", m -> m.expect("AT+QISEND=0,5\r").send("\r\n> ")
                        .expect("hello").send("\r\nSEND FAIL\r\n"),
                        List.of(cmd("AT+QISEND=0,5").withPayload(Payload.exact("hello"))),
                        List.of("Mismatch SEND FAIL []"), List.of(), 1, List.of(), EchoState.OFF),
                // The BG96 log quoted in issue 20 shows "SEND OKAT+QIRD=0,0": SEND OK with no line end, directly
                // followed by the echo of the host's next command (the original post was not found in the search
                // corpus); the +QIRD query answer <total>,<read>,<unread> is as in the BG95 TCP/IP application note.
                new Framing("SEND OK glued to the next command's echo", m -> m.expect("AT+QISEND=0,4\r")
                        .send("AT+QISEND=0,4\r\r\n> ").expect("test").send("test\r\nSEND OK")
                        .expect("AT+QIRD=0,0\r").send("AT+QIRD=0,0\r\r\n+QIRD: 4,4,0\r\n\r\nOK\r\n"),
                        List.of(cmd("AT+QISEND=0,4").withPayload(Payload.exact("test")), cmd("AT+QIRD=0,0")),
                        List.of("Success SEND OK []", "Success OK [+QIRD: 4,4,0]"),
                        List.of("AT+QISEND=0,4", "test", "AT+QIRD=0,0"), 1, List.of(), EchoState.ON));
    }

    static Stream<Arguments> rows() {
        List<Arguments> rows = new ArrayList<>();
        for (Framing f : framings()) {
            for (int size : READ_SIZES) {
                rows.add(Arguments.of(f, size == Integer.MAX_VALUE ? "whole answers" : size + "-byte reads", size));
            }
        }
        return rows.stream();
    }

    final RecordingObserver seen = new RecordingObserver();
    final UrcBus bus = new UrcBus();
    final AtomicLong received = new AtomicLong();
    AtChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
        bus.close("the test ended");
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("rows")
    void theChannelReadsTheFramingAsTheModuleMeantIt(Framing f, String label, int readSize) throws Exception {
        Module module = new Module(readSize);
        f.module().accept(module);
        ScriptedTransport t = module.script.build();
        t.open();
        channel = new AtChannel(t, ChannelConfig.defaults(), new ToBus(), Timebase.now());
        channel.start();

        List<String> outcomes = new ArrayList<>();
        for (AtCommand c : f.commands()) {
            outcomes.add(outcome(channel.execute(c)));
        }
        t.assertDone(DONE);
        Eventually.until("the channel has read all " + module.sent + " bytes the module wrote and published "
                + f.urcs().size() + " URCs", () -> received.get() == module.sent && bus.backlog().size() >= f.urcs().size());

        assertEquals(f.outcomes(), outcomes, "results");
        assertEquals(f.echoes(), seen.linesOf(LineKind.ECHO), "echo");
        assertEquals(f.prompts(), seen.linesOf(LineKind.PROMPT).size(), "prompts");
        assertEquals(f.urcs(), bus.backlog().stream().map(Urc::line).toList(), "URC bus");
        assertEquals(f.echoAfter(), channel.echo(), "echo state");
    }

    static String outcome(CommandResult r) {
        String finalLine = switch (r) {
            case CommandResult.Success s -> s.finalLine();
            case CommandResult.Mismatch m -> m.finalLine();
            default -> r.describe();
        };
        return r.getClass().getSimpleName() + " " + finalLine + " " + r.lines();
    }

    /** Records what the channel reports and publishes its URCs on a real bus, as the session does. */
    final class ToBus implements ChannelObserver {
        @Override
        public void bytesReceived(long nanos, byte[] data, int offset, int length) {
            received.addAndGet(length);
        }

        @Override
        public void line(long nanos, LineKind kind, String text) {
            seen.line(nanos, kind, text);
        }

        @Override
        public void urc(Urc urc) {
            bus.publish(urc);
        }
    }
}
