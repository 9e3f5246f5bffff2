package io.atflow.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.testing.QuectelFacts;
import io.atflow.engine.channel.AtCommand;
import io.atflow.engine.channel.CommandResult;
import io.atflow.engine.channel.LineKind;
import io.atflow.engine.testing.Eventually;
import io.atflow.engine.testing.ScriptedTransport;
import io.atflow.engine.transcript.Transcript;
import io.atflow.engine.transcript.TranscriptEntry;
import io.atflow.engine.transcript.TranscriptReader;
import io.atflow.engine.urc.AwaitResult;
import io.atflow.engine.urc.Urc;
import io.atflow.engine.urc.UrcFilter;

@Timeout(60)
class SessionTest {
    static final String DS = "c4fa40df9c8078073d75a26be2bc8f58";
    static final Duration LONG = Duration.ofSeconds(20);
    static final String ALIAUTH = "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"" + DS + "\"";
    static final String OPEN = "AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883";

    @TempDir
    Path dir;
    Session session;

    /** Records listener events with the listener thread's name. */
    static final class Events implements SessionListener {
        final List<String> all = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        private void add(String s) {
            all.add(s);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void sent(Instant time, String text) {
            add("sent " + text);
        }

        @Override
        public void received(Instant time, LineKind kind, String line) {
            add("received " + kind + " " + line);
        }

        @Override
        public void urc(Urc urc) {
            add("urc " + urc.line());
        }

        @Override
        public void result(Instant time, CommandResult result) {
            add("result " + result.describe());
        }

        @Override
        public void closed(Instant time, String reason) {
            add("closed " + reason);
        }
    }

    Session open(ScriptedTransport t, Path transcript) throws Exception {
        session = Session.open(t, SessionConfig.defaults().withTranscript(transcript).withSecrets(Set.of(DS)));
        return session;
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    static AtCommand cmd(String text) {
        return QuectelFacts.command(text).withTimeout(Duration.ofSeconds(15));
    }

    @Test
    void theApplicationNoteConnectFlowWithTranscriptListenersAndMasking() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect(ALIAUTH + "\r").send(ALIAUTH + "\r\r\nOK\r\n")
                .expect(OPEN + "\r").send("\r\nOK\r\n\r\n+QMTOPEN: 0,0\r\n")
                .expect("AT+QMTCONN=0,\"device001\"\r").send("\r\nOK\r\n").pause(30)
                .send("\r\n+QMTCONN: 0,0,0\r\n").build();
        Path file = dir.resolve("run.transcript");
        open(t, file);
        Events events = new Events();
        session.addListener(events);
        assertTrue(session.execute(cmd(ALIAUTH)).isSuccess());
        assertTrue(session.execute(cmd(OPEN)).isSuccess());
        assertEquals("+QMTOPEN: 0,0", received(session.await(UrcFilter.prefix("+QMTOPEN: 0,"), LONG)).line(),
                "arrived right after OK, before the await began");
        assertTrue(session.execute(cmd("AT+QMTCONN=0,\"device001\"")).isSuccess());
        assertEquals(List.of("0", "0", "0"), received(session.await(UrcFilter.pattern("\\+QMTCONN: 0,.*"), LONG)).fields());
        t.assertDone(LONG);
        session.close();

        Eventually.until("closed event", () -> events.all.stream().anyMatch(e -> e.startsWith("closed ")));
        String joined = String.join("\n", events.all);
        assertFalse(joined.contains(DS), joined);
        assertTrue(events.all.contains("sent AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\""), joined);
        assertTrue(events.all.contains("received ECHO AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\""), joined);
        assertTrue(events.all.contains("urc +QMTOPEN: 0,0"), joined);
        assertTrue(events.all.contains("result " + OPEN + " answered OK"), joined);
        assertEquals("closed the session was closed", events.all.get(events.all.size() - 1));
        assertFalse(events.threads.contains(Thread.currentThread().getName()));
        assertEquals(Set.of("atflow-events"), Set.copyOf(events.threads));

        String raw = Files.readString(file);
        assertFalse(raw.contains(DS), raw);
        Transcript parsed = TranscriptReader.read(file);
        assertEquals("scripted /dev/ttyFAKE0", parsed.port());
        assertEquals(List.of(ALIAUTH.replace(DS, "****") + "\r", OPEN + "\r", "AT+QMTCONN=0,\"device001\"\r"),
                parsed.entries(TranscriptEntry.Kind.TX).stream().map(TranscriptEntry::text).toList());
        assertEquals(List.of("+QMTOPEN: 0,0", "+QMTCONN: 0,0,0"),
                parsed.entries(TranscriptEntry.Kind.URC).stream().map(TranscriptEntry::text).toList());
        assertEquals("closed: the session was closed", parsed.entries().get(parsed.entries().size() - 1).text());
        int tx = 0;
        int res = 0;
        for (TranscriptEntry e : parsed.entries()) {
            if (e.kind() == TranscriptEntry.Kind.TX) {
                assertEquals(tx, res, "each result is recorded before the next command is sent");
                tx++;
            } else if (e.kind() == TranscriptEntry.Kind.RES) {
                res++;
            }
        }
        assertEquals(3, res);
    }

    @Test
    void aSecretIssuedDuringTheRunNeverReachesTheTranscriptFile() throws Exception {
        String issued = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
        String reply = "+QMTRECV: 0,0,\"/ext/register\",\"{\"productKey\":\"pk\",\"deviceName\":\"dn\","
                + "\"deviceSecret\":\"" + issued + "\"}\"";
        String useIt = "AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"" + issued + "\"";
        ScriptedTransport t = ScriptedTransport.script()
                .expect("AT+QMTSUB=0,1,\"/ext/register\",1\r").send("\r\nOK\r\n\r\n" + reply + "\r\n")
                .expect(useIt + "\r").send(useIt + "\r\r\nOK\r\n").build();
        Path file = dir.resolve("register.transcript");
        session = Session.open(t,
                SessionConfig.defaults().withTranscript(file).withCredentialKeys(Set.of("deviceSecret")));
        List<String> learned = new CopyOnWriteArrayList<>();
        session.onSecretLearned(learned::add);
        assertTrue(session.execute(cmd("AT+QMTSUB=0,1,\"/ext/register\",1")).isSuccess());
        session.await(UrcFilter.prefix("+QMTRECV:"), LONG);
        assertTrue(session.execute(cmd(useIt)).isSuccess());
        t.assertDone(LONG);
        String whileRunning = Files.readString(file);
        assertFalse(whileRunning.contains(issued), "a crash now would leave no secret behind:\n" + whileRunning);
        assertEquals(5, whileRunning.split("\\*\\*\\*\\*", -1).length - 1,
                "reply (RX, URC), command (TX, RES) and echo:\n" + whileRunning);
        assertTrue(learned.contains(issued));
    }

    @Test
    void aStaleDelayedResultIsNotReturnedForTheNextCommand() throws Exception {
        ScriptedTransport t = ScriptedTransport.script()
                .expect(OPEN + "\r").send("\r\nOK\r\n\r\n+QMTOPEN: 0,3\r\n")
                .expect(OPEN + "\r").send("\r\nOK\r\n").pause(50).send("\r\n+QMTOPEN: 0,0\r\n").build();
        open(t, null);
        session.execute(cmd(OPEN));
        Eventually.until("first result in the backlog", () -> session.urcs().backlog().size() == 1);
        session.execute(cmd(OPEN));
        assertEquals("+QMTOPEN: 0,0", received(session.await(UrcFilter.prefix("+QMTOPEN: 0,"), LONG)).line());
    }

    @Test
    void urcHandlersSeeUrcsInArrivalOrderWhileCommandsRun() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+CSQ\r")
                .send("\r\n+QMTSTAT: 0,1\r\n+CSQ: 20,99\r\n+QMTRECV: 0,1,\"t\",4,\"a\r\nb\"\r\nOK\r\n").build();
        open(t, null);
        List<String> handled = new CopyOnWriteArrayList<>();
        session.subscribe(UrcFilter.prefix("+QMT"), u -> handled.add(u.name() + " " + u.fields()));
        assertEquals(List.of("+CSQ: 20,99"), session.execute(cmd("AT+CSQ")).lines());
        Eventually.until("two URCs handled", () -> handled.size() == 2);
        assertEquals(List.of("+QMTSTAT [0, 1]", "+QMTRECV [0, 1, t, 4, a\r\nb]"), handled);
    }

    @Test
    void aVanishedPortEndsCommandsAwaitsAndTheSessionWithACompleteTranscript() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+QMTCONN=0,\"d\"\r").send("\r\nOK\r\n")
                .when("the await is waiting", () -> session != null && session.urcs().waitingAwaits() == 1).disappear()
                .build();
        Path file = dir.resolve("vanish.transcript");
        open(t, file);
        Events events = new Events();
        session.addListener(events);
        assertTrue(session.execute(cmd("AT+QMTCONN=0,\"d\"")).isSuccess());
        AwaitResult r = session.await(UrcFilter.prefix("+QMTCONN:"), Duration.ofSeconds(40));
        String reason = "serial port /dev/ttyFAKE0 stopped working (read failed with error 5)";
        assertEquals(new AwaitResult.TransportError(reason), r);
        assertEquals(new CommandResult.TransportError("AT", reason, List.of()), session.execute(cmd("AT")));
        assertFalse(session.isOpen());
        assertEquals(reason, session.closedReason());
        Transcript parsed = TranscriptReader.read(file);
        assertEquals("closed: " + reason, parsed.entries().get(parsed.entries().size() - 1).text());
        Eventually.until("closed event", () -> events.all.contains("closed " + reason));
    }

    @Test
    void abortEndsThePendingCommandAndAwaitAndEverythingAfter() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT+COPS=?\r").build();
        open(t, dir.resolve("abort.transcript"));
        Thread terminate = new Thread(() -> {
            Eventually.until("command pending", () -> t.written().equals("AT+COPS=?\r"));
            session.abort();
        });
        terminate.start();
        CommandResult r = session.execute(QuectelFacts.command("AT+COPS=?").withTimeout(Duration.ofSeconds(40)));
        assertEquals(new CommandResult.Aborted("AT+COPS=?", Session.ABORTED, List.of()), r);
        assertEquals(new AwaitResult.Aborted(Session.ABORTED), session.await(UrcFilter.any(), LONG));
        assertInstanceOf(CommandResult.Aborted.class, session.execute(cmd("AT")));
        assertNotEquals("AT+COPS=?\rAT\r", t.written(), "nothing is sent after abort");
        terminate.join();
    }

    @Test
    void cancelEndsWhatIsWaitingButTheSessionGoesOn() throws Exception {
        ScriptedTransport t = ScriptedTransport.script().expect("AT\r").send("\r\nOK\r\n").build();
        open(t, null);
        Thread stepTimer = new Thread(() -> {
            Eventually.until("the await is waiting", () -> session.urcs().waitingAwaits() == 1);
            session.cancel("step \"connect\" took longer than 30 s");
        });
        stepTimer.start();
        assertEquals(new AwaitResult.Aborted("step \"connect\" took longer than 30 s"),
                session.await(UrcFilter.prefix("+QMTCONN:"), Duration.ofSeconds(40)));
        stepTimer.join();
        assertTrue(session.execute(cmd("AT")).isSuccess(), "the session is still usable");
    }

    @Test
    void aTranscriptThatCannotBeCreatedIsOneSentenceAndClosesThePort() {
        ScriptedTransport t = ScriptedTransport.script().build();
        Path bad = dir.resolve("missing-dir/run.transcript");
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Session.open(t, SessionConfig.defaults().withTranscript(bad)));
        assertTrue(e.getMessage().startsWith("cannot write the transcript " + bad + ": "), e.getMessage());
        assertFalse(t.isOpen());
    }

    private static Urc received(AwaitResult r) {
        return assertInstanceOf(AwaitResult.Received.class, r).urc();
    }
}
