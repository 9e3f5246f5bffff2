package io.atflow.engine.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.RecordingObserver;
import io.atflow.engine.testing.ScriptedTransport;

/** Command/response rules over a scripted module. */
@Timeout(60)
class AtChannelTest {
    static final Duration DONE = Duration.ofSeconds(20);
    final RecordingObserver seen = new RecordingObserver();
    AtChannel channel;

    AtChannel start(ScriptedTransport t) {
        t.open();
        channel = new AtChannel(t, ChannelConfig.defaults(), seen, Timebase.now());
        channel.start();
        return channel;
    }

    @AfterEach
    void close() {
        if (channel != null) {
            channel.close();
        }
    }

    static AtCommand cmd(String text) {
        return QuectelFacts.command(text).withTimeout(Duration.ofSeconds(15));
    }

    @Test
    void okWithAndWithoutEcho() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT\r").send("\r\nOK\r\n")
                .expect("AT+CSQ\r").send("AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n").build();
        start(t);
        assertEquals(new CommandResult.Success("AT", "OK", List.of(), null), channel.execute(cmd("AT")));
        assertEquals(EchoState.OFF, channel.echo());
        CommandResult r = channel.execute(cmd("AT+CSQ"));
        assertEquals(new CommandResult.Success("AT+CSQ", "OK", List.of("+CSQ: 20,99"), null), r);
        assertEquals(EchoState.ON, channel.echo());
        assertEquals(List.of("AT+CSQ"), seen.linesOf(LineKind.ECHO));
        t.assertDone(DONE);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "ERROR           => ERROR",
        "+CME ERROR: 10  => +CME ERROR: 10",
        "+CMS ERROR: 500 => +CMS ERROR: 500",
        "NO CARRIER      => NO CARRIER",
        "BUSY            => BUSY",
        "NO ANSWER       => NO ANSWER",
        "NO DIALTONE     => NO DIALTONE" })
    void failureCodesAreMismatchesWithTheLinesSeen(String code, String finalLine) throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+CPIN?\r")
                .send("\r\nsome detail\r\n\r\n" + code + "\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+CPIN?"));
        CommandResult.Mismatch m = assertInstanceOf(CommandResult.Mismatch.class, r);
        assertEquals(finalLine, m.finalLine());
        assertEquals(List.of("some detail"), m.lines());
        assertEquals("AT+CPIN? answered " + finalLine, m.describe());
        if (code.startsWith("+CME")) {
            assertEquals(10, m.code().orElseThrow().number());
        }
    }

    @Test
    void plainTextIntermediateLines() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("ATI\r")
                .send("\r\nQuectel\r\nEC25\r\nRevision: EC25EFAR06A09M4G\r\n\r\nOK\r\n")
                .expect("AT+CGSN\r").send("\r\n864430010001091\r\n\r\nOK\r\n").build();
        start(t);
        assertEquals(List.of("Quectel", "EC25", "Revision: EC25EFAR06A09M4G"), channel.execute(cmd("ATI")).lines());
        assertEquals(List.of("864430010001091"), channel.execute(cmd("AT+CGSN")).lines());
    }

    @Test
    void urcsBeforeInsideAndAfterAMultiLineResponseAreNeverSwallowed() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+CGPADDR\r")
                .send("\r\n+QIND: \"csq\",20,99\r\n"
                        + "\r\n+CGPADDR: 1,\"10.113.242.215\"\r\n"
                        + "\r\n+QMTSTAT: 0,1\r\n"
                        + "\r\n+CGPADDR: 2,\"10.0.0.2\"\r\n"
                        + "\r\n+CPIN: READY\r\n"
                        + "\r\nOK\r\n\r\n+QMTRECV: 0,5\r\n")
                .build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+CGPADDR"));
        assertEquals(List.of("+CGPADDR: 1,\"10.113.242.215\"", "+CGPADDR: 2,\"10.0.0.2\""), r.lines());
        Eventually.until("4 URCs", () -> seen.urcs.size() == 4);
        assertEquals(List.of("+QIND: \"csq\",20,99", "+QMTSTAT: 0,1", "+CPIN: READY", "+QMTRECV: 0,5"),
                seen.urcLines());
    }

    @Test
    void aUrcNameIsAResponseWhileTheCommandThatProducesItIsPending() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+CPIN?\r").send("\r\n+CPIN: READY\r\n\r\nOK\r\n")
                .expect("AT+CSQ\r").send("\r\n+CPIN: READY\r\n+CSQ: 31,99\r\n\r\nOK\r\n").build();
        start(t);
        assertEquals(List.of("+CPIN: READY"), channel.execute(cmd("AT+CPIN?")).lines());
        assertEquals(List.of("+CSQ: 31,99"), channel.execute(cmd("AT+CSQ")).lines());
        assertEquals(List.of("+CPIN: READY"), seen.urcLines());
    }

    @Test
    void delayedResultsGoToTheBusEvenInTheSameChunkAsOk() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883\r")
                .send("\r\nOK\r\n\r\n+QMTOPEN: 0,0\r\n")
                .expect("AT+QMTSUB=0,1,\"/sys/p/d/thing/event/property/post_reply\",0\r")
                .send("\r\n+QMTSUB: 0,1,0,1\r\nOK\r\n")
                .expect("AT+QMTOPEN?\r").send("\r\n+QMTOPEN: 0,\"iot.example.com\",1883\r\n\r\nOK\r\n").build();
        start(t);
        CommandResult open = channel.execute(cmd("AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883"));
        assertEquals(List.of(), open.lines());
        CommandResult sub = channel.execute(cmd("AT+QMTSUB=0,1,\"/sys/p/d/thing/event/property/post_reply\",0"));
        assertEquals(List.of(), sub.lines(), "a delayed result before OK is still not the response");
        CommandResult read = channel.execute(cmd("AT+QMTOPEN?"));
        assertEquals(List.of("+QMTOPEN: 0,\"iot.example.com\",1883"), read.lines(), "the read form answers at once");
        assertEquals(List.of("+QMTOPEN: 0,0", "+QMTSUB: 0,1,0,1"), seen.urcLines());
    }

    @Test
    void moduleRebootWhileACommandIsPendingEndsItClearly() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QPOWD=1\r").send("\r\n+CSQ: 1\r\n")
                .pause(20).send("\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n")
                .expect("AT\r").send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT+QPOWD=1").withTimeout(Duration.ofSeconds(30)));
        CommandResult.Mismatch m = assertInstanceOf(CommandResult.Mismatch.class, r);
        assertEquals("RDY", m.finalLine());
        assertEquals("the module restarted (RDY) while AT+QPOWD=1 was pending", m.reason());
        assertTrue(m.code().isEmpty());
        assertTrue(channel.execute(cmd("AT")).isSuccess());
        assertEquals(List.of("+CSQ: 1", "RDY", "+CFUN: 1", "+CPIN: READY"), seen.urcLines());
    }

    @Test
    void echoIsDetectedByContentWhenToggledMidSession() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT\r").send("\r\nOK\r\n")
                .expect("ATE1\r").send("\r\nOK\r\n")
                .expect("AT+CGSN\r").send("AT+CGSN\r\r\n864430010001091\r\n\r\nOK\r\n")
                .expect("ATE0\r").send("ATE0\r\r\nOK\r\n")
                .expect("AT+CGSN\r").send("\r\n864430010001091\r\n\r\nOK\r\n").build();
        start(t);
        channel.execute(cmd("AT"));
        assertEquals(EchoState.OFF, channel.echo());
        channel.execute(cmd("ATE1"));
        assertEquals(List.of("864430010001091"), channel.execute(cmd("AT+CGSN")).lines());
        assertEquals(EchoState.ON, channel.echo());
        assertEquals(List.of(), channel.execute(cmd("ATE0")).lines());
        assertEquals(EchoState.ON, channel.echo(), "ATE0 itself is still echoed");
        assertEquals(List.of("864430010001091"), channel.execute(cmd("AT+CGSN")).lines());
        assertEquals(EchoState.OFF, channel.echo());
        assertEquals(List.of("AT+CGSN", "ATE0"), seen.linesOf(LineKind.ECHO));
    }

    @Test
    void timeoutKeepsTheLinesSeenAndALateFinalCodeIsNotLost() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+COPS=?\r").send("\r\n+COPS: (1,\"CMCC\")\r\n")
                .when("the command timed out", () -> !seen.results.isEmpty()).send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofMillis(150)));
        CommandResult.Timeout to = assertInstanceOf(CommandResult.Timeout.class, r);
        assertEquals(List.of("+COPS: (1,\"CMCC\")"), to.lines());
        assertEquals("AT+COPS=? got no final result code within 150 ms (last line: +COPS: (1,\"CMCC\"))", to.describe());
        Eventually.until("the late OK is published", () -> seen.urcLines().contains("OK"));
    }

    @Test
    void aLateAnswerBeforeTheNextCommandsEchoIsNotTakenAsItsResult() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT\r").send("AT\r\r\nOK\r\n")
                .expect("AT+COPS=?\r").send("AT+COPS=?\r\r\n+COPS: (1,\"CMCC\")\r\n")
                .expect("AT+CSQ\r").send("\r\n+CSQ: 3,99\r\n\r\nOK\r\n").pause(100)
                .send("AT+CSQ\r\r\n+CSQ: 20,99\r\n\r\nOK\r\n")
                .expect("AT+CREG?\r").send("AT+CREG?\r\r\n+CREG: 0,1\r\n\r\nOK\r\n").build();
        start(t);
        assertTrue(channel.execute(cmd("AT")).isSuccess());
        assertEquals(EchoState.ON, channel.echo());
        assertInstanceOf(CommandResult.Timeout.class,
                channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofMillis(150))));
        assertEquals(new CommandResult.Success("AT+CSQ", "OK", List.of("+CSQ: 20,99"), null), channel.execute(cmd("AT+CSQ")));
        assertEquals(List.of("+CSQ: 3,99", "OK"), seen.urcLines(), "the late answer is published, not lost");
        assertEquals(List.of("+CREG: 0,1"), channel.execute(cmd("AT+CREG?")).lines(), "back in step after the echo");
        t.assertDone(DONE);
    }

    @Test
    void withoutEchoTheCommandAfterATimeoutTakesWhatComesFirst() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT\r").send("\r\nOK\r\n")
                .expect("AT+COPS=?\r").send("\r\n+COPS: (1,\"CMCC\")\r\n")
                .expect("AT+CSQ\r").send("\r\n+CSQ: 20,99\r\n\r\nOK\r\n").build();
        start(t);
        channel.execute(cmd("AT"));
        assertInstanceOf(CommandResult.Timeout.class,
                channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofMillis(150))));
        assertEquals(List.of("+CSQ: 20,99"), channel.execute(cmd("AT+CSQ")).lines(),
                "with echo off there is no marker to wait for: no command may wait for an echo that never comes");
        t.assertDone(DONE);
    }

    @Test
    void aLateSendOkIsNotTheAnswerOfTheNextCommand() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QISEND=0,4\r").send("\r\n> ").expect("test")
                .expect("AT+CSQ\r").send("\r\nSEND OK\r\n\r\n+CSQ: 20,99\r\n\r\nOK\r\n").build();
        start(t);
        assertInstanceOf(CommandResult.Timeout.class, channel.execute(QuectelFacts.command("AT+QISEND=0,4")
                .withPayload(Payload.exact("test")).withTimeout(Duration.ofMillis(150))));
        assertEquals(new CommandResult.Success("AT+CSQ", "OK", List.of("+CSQ: 20,99"), null), channel.execute(cmd("AT+CSQ")),
                "even with echo off: only a command that sends data ends with SEND OK");
        assertEquals(List.of("SEND OK"), seen.urcLines());
        t.assertDone(DONE);
    }

    @Test
    void promptPayloadTerminatedByCtrlZ() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QMTPUB=0,0,0,0,\"/t\"\r").send("\r\n> ")
                .expect("{\"a\":1}\u001a").send("\r\nOK\r\n\r\n+QMTPUB: 0,0,0\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QMTPUB=0,0,0,0,\"/t\"").withPayload(Payload.ctrlZ("{\"a\":1}")));
        assertTrue(r.isSuccess(), r.describe());
        Eventually.until("delayed +QMTPUB", () -> seen.urcLines().contains("+QMTPUB: 0,0,0"));
        t.assertDone(DONE);
    }

    @Test
    void promptPayloadOfExactLengthWithEchoedCommandAndPayload() throws Exception {
        String json = "{\"id\":1,\n\"params\":{}}";
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length() + "\r")
                .send("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length() + "\r\r\n> ")
                .expect(json).send(json + "\r\nOK\r\n\r\n+QMTPUBEX: 0,0,0\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QMTPUBEX=0,0,0,0,\"/t\"," + json.length()).withPayload(Payload.exact(json)));
        assertEquals(List.of(), r.lines(), "the echoed payload is no response");
        assertEquals(3, seen.linesOf(LineKind.ECHO).size());
        t.assertDone(DONE);
    }

    /** AT+QISEND ends with SEND OK, or SEND FAIL when the send buffer is full (BG95 TCP/IP AN §2.3.7). */
    @Test
    void socketSendEndsWithSendOkOrSendFail() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QISEND=0,5\r").send("\r\n> ").expect("hello").send("\r\nSEND OK\r\n\r\n+QIURC: \"recv\",0\r\n")
                .expect("AT+QISEND=0,5\r").send("\r\n> ").expect("hello").send("\r\nSEND FAIL\r\n").build();
        start(t);
        CommandResult ok = channel.execute(cmd("AT+QISEND=0,5").withPayload(Payload.exact("hello")));
        assertEquals(new CommandResult.Success("AT+QISEND=0,5", "SEND OK", List.of(), null), ok);
        Eventually.until("the recv URC", () -> seen.urcLines().contains("+QIURC: \"recv\",0"));
        CommandResult full = channel.execute(cmd("AT+QISEND=0,5").withPayload(Payload.exact("hello")));
        assertTrue(full instanceof CommandResult.Mismatch m && m.finalLine().equals("SEND FAIL"), full.describe());
        t.assertDone(DONE);
    }

    @Test
    void connectDataModeWritesExactlyThePayloadThenWaitsForOk() throws Exception {
        String url = "https://iot-auth.cn-shanghai.aliyuncs.com/auth/register/device";
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QHTTPURL=" + url.length() + ",80\r")
                .send("\r\nCONNECT\r\n").expect(url).send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QHTTPURL=" + url.length() + ",80").withPayload(Payload.afterConnect(url)));
        assertEquals(new CommandResult.Success("AT+QHTTPURL=62,80", "OK", List.of("CONNECT"), null), r);
        t.assertDone(DONE);
    }

    @Test
    void connectBodyIsCollectedUntilTheFinalCode() throws Exception {
        String body = "{\"code\":200,\"data\":{\"deviceSecret\":\"3c35df44\"},\"me\r\nssage\":\"success\"}";
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QHTTPREAD=80\r")
                .send("\r\nCONNECT\r\n" + body + "\r\nOK\r\n\r\n+QHTTPREAD: 0\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QHTTPREAD=80").readingBody());
        CommandResult.Success s = assertInstanceOf(CommandResult.Success.class, r);
        assertEquals(body, s.bodyText());
        assertEquals(List.of("CONNECT"), s.lines());
        Eventually.until("+QHTTPREAD after the body", () -> seen.urcLines().equals(List.of("+QHTTPREAD: 0")));
    }

    @Test
    void aBodyThatNeverEndsDoesNotSwallowTheNextCommand() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QHTTPREAD=80\r").send("\r\nCONNECT\r\n{\"partial\"")
                .expect("AT+CSQ\r").send("\r\n+CSQ: 20,99\r\n\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT+QHTTPREAD=80").withTimeout(Duration.ofMillis(200)).readingBody());
        assertInstanceOf(CommandResult.Timeout.class, r);
        assertEquals(List.of("+CSQ: 20,99"), channel.execute(cmd("AT+CSQ")).lines());
    }

    @Test
    void aPromptCommandThatFailsIsCancelledWithEsc() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QMTPUB=0,0,0,0,\"/t\"\r")
                .expect(new byte[] { Payload.ESC }).send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT+QMTPUB=0,0,0,0,\"/t\"").withTimeout(Duration.ofMillis(100))
                .withPayload(Payload.ctrlZ("x")));
        assertInstanceOf(CommandResult.Timeout.class, r);
        t.assertDone(DONE);
    }

    @Test
    void aPromptCommandAnsweredWithErrorSendsNoEsc() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QMTPUB=0,0,0,0,\"/t\"\r").send("\r\nERROR\r\n")
                .expect("AT\r").send("\r\nOK\r\n").build();
        start(t);
        CommandResult r = channel.execute(cmd("AT+QMTPUB=0,0,0,0,\"/t\"").withPayload(Payload.ctrlZ("x")));
        assertInstanceOf(CommandResult.Mismatch.class, r);
        assertTrue(channel.execute(cmd("AT")).isSuccess());
        t.assertDone(DONE);
    }

    @Test
    void abortEndsThePendingCommandAndTheChannelStaysUsable() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+COPS=?\r").expect("AT\r").send("\r\nOK\r\n").build();
        start(t);
        Thread aborter = new Thread(() -> {
            Eventually.until("the command is pending", () -> seen.started.size() == 1);
            channel.abortPending("the user pressed Terminate");
        });
        aborter.start();
        CommandResult r = channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofSeconds(40)));
        assertEquals(new CommandResult.Aborted("AT+COPS=?", "the user pressed Terminate", List.of()), r);
        assertTrue(channel.execute(cmd("AT")).isSuccess());
        aborter.join();
    }

    @Test
    void abortAllAlsoRefusesCommandsQueuedBehindThePendingOne() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+COPS=?\r").build();
        start(t);
        java.util.concurrent.atomic.AtomicReference<CommandResult> queued = new java.util.concurrent.atomic.AtomicReference<>();
        Thread second = new Thread(() -> {
            Eventually.until("the first command is pending", () -> seen.started.size() == 1);
            queued.set(channel.execute(cmd("AT+CSQ")));
        });
        second.start();
        Thread terminate = new Thread(() -> {
            Eventually.until("the second caller is queued", () -> second.getState() == Thread.State.WAITING);
            channel.abortAll("the run was aborted");
        });
        terminate.start();
        CommandResult first = channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofSeconds(40)));
        second.join();
        terminate.join();
        assertEquals(new CommandResult.Aborted("AT+COPS=?", "the run was aborted", List.of()), first);
        assertEquals(new CommandResult.Aborted("AT+CSQ", "the run was aborted", List.of()), queued.get());
        assertEquals("AT+COPS=?\r", t.written(), "the queued command is never sent");
    }

    @Test
    void aPortThatDisappearsEndsThePendingCommandAndAllLaterOnes() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QMTCONN=0,\"d\"\r").send("\r\nOK\r\n")
                .expect("AT+COPS=?\r").send("\r\n+COPS: (1,\"CMCC\")\r\n").disappear().build();
        start(t);
        channel.execute(cmd("AT+QMTCONN=0,\"d\""));
        CommandResult r = channel.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofSeconds(40)));
        CommandResult.TransportError e = assertInstanceOf(CommandResult.TransportError.class, r);
        assertEquals("serial port /dev/ttyFAKE0 stopped working (read failed with error 5)", e.message());
        assertEquals(List.of("+COPS: (1,\"CMCC\")"), e.lines());
        assertInstanceOf(CommandResult.TransportError.class, channel.execute(cmd("AT")));
        assertEquals(List.of("failed: serial port /dev/ttyFAKE0 stopped working (read failed with error 5)"), seen.closed);
        assertTrue(!channel.isOpen());
    }

    @Test
    void endOfStreamEndsTheChannel() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT\r").eof().build();
        start(t);
        CommandResult r = channel.execute(QuectelFacts.command("AT").withTimeout(Duration.ofSeconds(40)));
        assertEquals("scripted /dev/ttyFAKE0 closed the connection",
                assertInstanceOf(CommandResult.TransportError.class, r).message());
    }

    @Test
    void commandsFromTwoThreadsAreSerialised() throws Exception {
        ScriptedTransport.Builder b = ScriptedTransport.script();
        for (int i = 0; i < 20; i++) {
            b.expect("AT\r").send("\r\nOK\r\n");
        }
        ScriptedTransport t = b.build();
        start(t);
        Thread other = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                assertTrue(channel.execute(cmd("AT")).isSuccess());
            }
        });
        other.start();
        for (int i = 0; i < 10; i++) {
            assertTrue(channel.execute(cmd("AT")).isSuccess());
        }
        other.join();
        t.assertDone(DONE);
    }
}
