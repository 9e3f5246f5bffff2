package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.RecordingObserver;
import io.atflow.engine.testing.ScriptedTransport;

/** The same conversation whatever the read sizes; noise, huge lines and byte-wise reads never break the channel. */
@Timeout(60)
class ChannelRobustnessTest {
    final RecordingObserver seen = new RecordingObserver();
    AtChannel channel;

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    AtChannel start(ScriptedTransport t) {
        t.open();
        channel = new AtChannel(t, ChannelConfig.defaults(), seen, Timebase.now());
        channel.start();
        return channel;
    }

    static AtCommand cmd(String text) {
        return QuectelFacts.command(text).withTimeout(Duration.ofSeconds(15));
    }

    /** A session from the application note, with echo, URCs inside responses, a prompt payload and a body. */
    static ScriptedTransport conversation(int chunk) {
        String json = "{\"id\":1,\"params\":{\"Temp\":23.9}}";
        return ScriptedTransport.script().chunk(chunk)
                .expect("AT+CEREG?\r").send("AT+CEREG?\r\r\n+CEREG: 0,1\r\n\r\n+QIND: \"csq\",20,99\r\n\r\nOK\r\n")
                .expect("AT+QMTOPEN=0,\"h\",1883\r").send("AT+QMTOPEN=0,\"h\",1883\r\r\nOK\r\n\r\n+QMTOPEN: 0,0\r\n")
                .expect("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length() + "\r")
                .send("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length() + "\r\r\n> ")
                .expect(json).send("\r\nOK\r\n\r\n+QMTPUBEX: 0,0,0\r\n\r\n+QMTRECV: 0,0,\"/t/reply\",6,\"{\r\n\"a\"\"\r\n")
                .expect("AT+QHTTPREAD=80\r").send("AT+QHTTPREAD=80\r\r\nCONNECT\r\n{\"code\":200}\r\nOK\r\n\r\n+QHTTPREAD: 0\r\n")
                .build();
    }

    static List<String> run(AtChannel c) {
        String json = "{\"id\":1,\"params\":{\"Temp\":23.9}}";
        List<String> out = new ArrayList<>();
        out.add(c.execute(cmd("AT+CEREG?")).toString());
        out.add(c.execute(cmd("AT+QMTOPEN=0,\"h\",1883")).toString());
        out.add(c.execute(cmd("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length()).withPayload(Payload.exact(json))).toString());
        out.add(c.execute(cmd("AT+QHTTPREAD=80").readingBody()).toString());
        return out;
    }

    @ParameterizedTest(name = "reads of {0} bytes")
    @ValueSource(ints = { 1, 2, 3, 5, 16, Integer.MAX_VALUE })
    void splitReadsGiveTheSameResultsAndUrcs(int chunk) throws Exception {
        ScriptedTransport t = conversation(chunk);
        List<String> results = run(start(t));
        t.assertDone(Duration.ofSeconds(20));
        assertEquals(List.of(
                "Success[AT+CEREG? -> OK, lines=[+CEREG: 0,1], body=]",
                "Success[AT+QMTOPEN=0,\"h\",1883 -> OK, lines=[], body=]",
                "Success[AT+QMTPUBEX=0,0,0,0,\"/t\",31 -> OK, lines=[], body=]",
                "Success[AT+QHTTPREAD=80 -> OK, lines=[CONNECT], body={\"code\":200}]"), results);
        Eventually.until("five URCs", () -> seen.urcs.size() == 5);
        assertEquals(List.of("+QIND: \"csq\",20,99", "+QMTOPEN: 0,0", "+QMTPUBEX: 0,0,0",
                "+QMTRECV: 0,0,\"/t/reply\",6,\"{\r\n\"a\"\"", "+QHTTPREAD: 0"), seen.urcLines());
        assertEquals("{\r\n\"a\"", seen.urcs.get(3).payloadText());
    }

    @Test
    void aMegabyteOfRandomNoiseIsSurvived() throws Exception {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        ScriptedTransport t = ScriptedTransport.script().send(noise, 4096, 0).expect("AT\r")
                .send(noise, 65536, 0).send("\r\nOK\r\n").expect("AT+CSQ\r").send("\r\n+CSQ: 9,99\r\n\r\nOK\r\n").build();
        start(t);
        Eventually.until("the first noise is read", () -> seen.lines.size() > 1000);
        CommandResult r = channel.execute(QuectelFacts.command("AT").withTimeout(Duration.ofSeconds(30)));
        assertTrue(r.isSuccess(), r.describe());
        assertEquals(List.of("+CSQ: 9,99"), channel.execute(cmd("AT+CSQ")).lines());
        assertTrue(channel.isOpen());
        assertTrue(seen.linesOf(LineKind.NOISE).size() > 1000, "noise is reported, not taken as responses");
    }

    @Test
    void aLineOf64KiBWithoutTerminatorIsCutAndTheCommandStillCompletes() throws Exception {
        byte[] big = "A".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QFREAD=1\r").send(big, 1500, 0)
                .send("\r\nOK\r\n").expect("AT\r").send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QFREAD=1"));
        assertTrue(r.isSuccess(), r.describe());
        assertEquals(List.of(), r.lines(), "the cut line is reported, not used as a response");
        assertEquals(1, seen.linesOf(LineKind.OVERLONG).size());
        assertTrue(seen.linesOf(LineKind.OVERLONG).get(0).endsWith("(line longer than 65536 bytes; cut)"));
        assertTrue(channel.execute(cmd("AT")).isSuccess());
    }

    @Test
    void aLineThatNeverEndsMeansTimeoutNotMemory() {
        byte[] chunk = "B".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        ScriptedTransport.Builder b = ScriptedTransport.script().expect("AT+X\r");
        for (int i = 0; i < 64; i++) {
            b.send(chunk, chunk.length, 0);
        }
        start(b.build());
        CommandResult r = channel.execute(QuectelFacts.command("AT+X").withTimeout(Duration.ofMillis(500)));
        assertInstanceOf(CommandResult.Timeout.class, r);
    }
}
