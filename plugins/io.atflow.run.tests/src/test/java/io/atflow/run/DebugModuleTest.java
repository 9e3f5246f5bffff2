package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.transcript.TranscriptReader;
import io.atflow.run.debug.Breakpoint;
import io.atflow.run.debug.DebugException;
import io.atflow.run.debug.DebugScope;
import io.atflow.run.debug.DebugVariable;
import io.atflow.run.debug.Debugger;
import io.atflow.run.debug.StopReason;
import io.atflow.run.debug.Suspension;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/**
 * The module side of a suspended run: the AT console may use it, a URC can suspend the run, terminate leaves a
 * complete transcript, and every scope, frame and evaluation is masked.
 */
class DebugModuleTest {
    @TempDir
    Path dir;

    @Test
    void theConsoleSendsWhileTheRunIsSuspendedAndTheRunGoesOnOnTheSameSession() throws Exception {
        try (FakeModule m = FakeModule.start(); ModuleSession module = ModuleSession.builder().target(m.target())
                .open()) {
            m.answer("AT+CSQ", "+CSQ: 21,99", "OK").answer("AT+CGATT?", "+CGATT: 1", "OK").silent("AT+WAIT");
            Path file = Runs.write(dir, "c.atflow", """
                    send AT+WAIT timeout 30s
                    log "before"
                    send AT+CSQ expect +CSQ: {rssi},{ber}
                    """);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 2)));
            Debugging run = Debugging.start(d, ScriptRunner.builder().script(file).module(module));
            InteractiveSession console = module.interactive();
            Runs.until("the run's command waits", () -> m.received().contains("AT+WAIT"));
            ExecutionException busy = assertThrows(ExecutionException.class,
                    () -> console.send("AT+CGATT?").get(20, TimeUnit.SECONDS));
            assertTrue(busy.getCause() instanceof ModuleSession.Busy, busy::toString);
            m.urc("OK");
            run.suspension(1);
            Exchange e = console.send("AT+CGATT?").get(20, TimeUnit.SECONDS);
            assertTrue(e.result().isSuccess(), e::toString);
            assertEquals(List.of("+CGATT: 1"), e.result().lines());
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("AT+WAIT", "AT+CGATT?", "AT+CSQ"), m.received());
            assertTrue(module.isOpen());
        }
    }

    @Test
    void aMatchingUrcSuspendsAtOnceInsideTheAwait() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "u.atflow", """
                    await +QMTRECV: 0,{id},"{topic}","{payload}" within 30s
                    log "got ${payload}"
                    """);
            Debugger d = Debugger.create();
            d.setSuspendOnUrc(List.of("+QMTSTAT: 0,{err}"));
            DebugException bad = assertThrows(DebugException.class, () -> Debugger.create()
                    .setSuspendOnUrc(List.of("+QIURC", "/(unclosed/")));
            assertTrue(bad.getMessage().startsWith("the URC pattern /(unclosed/ does not parse"), bad::getMessage);
            Debugging run = Debugging.start(d, Runs.of(file, m.target()));
            Runs.until("the await waits", () -> DebugTimeTest.awaits(run) > 0);
            m.urc("+QMTSTAT: 0,1");
            Suspension s = run.suspension(1);
            assertEquals(StopReason.URC, s.reason());
            assertTrue(s.description().startsWith("URC +QMTSTAT: 0,1: "), s.description());
            assertEquals(List.of(1, 1), run.lines());
            m.urc("+QMTRECV: 0,1,\"/t\",\"hello\"");
            Runs.until("the URC arrived", () -> DebugTimeTest.urcSeen(run, "+QMTRECV: 0,1,\"/t\",\"hello\""));
            assertEquals(List.of(), DebugFailureTest.logs(run), "the run does not go on while suspended");
            d.resume();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("got hello"), o.logs());
        }
    }

    @Test
    void terminateWhileSuspendedEndsTheRunWithACompleteTranscript() throws Exception {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+CSQ", "+CSQ: 21,99", "OK");
            Path transcript = dir.resolve("t.transcript");
            Path file = Runs.write(dir, "t.atflow", """
                    send AT+CSQ
                    log "not reached"
                    """);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 2)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()).transcript(transcript));
            run.suspension(1);
            m.urc("+QIND: \"while suspended\"");
            Runs.until("the URC arrived", () -> DebugTimeTest.urcSeen(run, "+QIND: \"while suspended\""));
            run.handle.abort();
            Runs.Outcome o = run.outcome();
            assertEquals(Verdict.ABORTED, o.result().verdict(), o::transcript);
            assertEquals(List.of(), o.logs());
            assertTrue(d.suspension().isEmpty());
            assertEquals(1, run.resumes());
            String text = Files.readString(transcript);
            assertTrue(text.contains("AT+CSQ") && text.contains("+CSQ: 21,99")
                    && text.contains("+QIND: \\\"while suspended\\\"") || text.contains("+QIND: \"while suspended\""),
                    text);
            assertFalse(TranscriptReader.read(transcript).entries().isEmpty());
        }
    }

    static final String SECRET = "0123456789abcdef0123456789abcdef";

    @Test
    void everyScopeFrameAndEvaluationIsMasked() throws DebugException {
        try (FakeModule m = FakeModule.start()) {
            String cfg = "AT+QMTCFG=\"aliauth\",0,\"a1bCdEfGhIj\",\"meter7\",\"" + SECRET + "\"";
            m.answer(cfg, "OK", "+QIND: \"" + SECRET + "\"");
            m.answer("AT+QMTOPEN=0,\"iot.example\",1883", "OK");
            m.answer("AT+QMTCONN=0,\"meter7\"", "OK");
            m.answer("AT+QMTSUB=0,1,\"/a1bCdEfGhIj/meter7/user/get\",1", "OK");
            Path file = Runs.write(dir, "s.atflow", """
                    device d {
                      productKey "a1bCdEfGhIj"
                      deviceName "meter7"
                      deviceSecret secret("a1bCdEfGhIj/meter7")
                    }
                    var copy = d.deviceSecret
                    send AT+QMTCFG="aliauth",0,"${d.productKey}","${d.deviceName}","${copy}"
                    send AT+QMTOPEN=0,"iot.example",1883
                    send AT+QMTCONN=0,"meter7"
                    send AT+QMTSUB=0,1,"/a1bCdEfGhIj/meter7/user/get",1
                    log "end"
                    """);
            Debugger d = Debugger.create();
            d.setBreakpoints(file, List.of(Breakpoint.at(file, 7), Breakpoint.at(file, 11)));
            Debugging run = Debugging.start(d, Runs.of(file, m.target()).secrets(MaskingTest.only(
                    "a1bCdEfGhIj/meter7", SECRET)));
            Suspension s = run.suspension(1);
            assertEquals("send AT+QMTCFG=\"aliauth\",0,\"${d.productKey}\",\"${d.deviceName}\",\"${copy}\"",
                    s.frames().get(0).name());
            assertEquals("****", run.variable("Variables", "copy").value());
            assertEquals("****", d.evaluate(1, "copy"));
            assertEquals("****", d.evaluate(1, "d.deviceSecret"));
            assertEquals("x****y", d.evaluate(1, "\"x${d.deviceSecret}y\""));
            assertEquals("device d", d.evaluate(1, "d"));
            DebugVariable device = run.variable("Identities", "d");
            assertEquals(List.of("productKey=a1bCdEfGhIj", "deviceName=meter7", "deviceSecret=****"),
                    device.children().stream().map(v -> v.name() + "=" + v.value()).toList());
            DebugException bad = assertThrows(DebugException.class, () -> d.evaluate(1, "nope +"));
            assertTrue(bad.getMessage().startsWith("\"nope +\" is not an expression"), bad::getMessage);
            assertThrows(DebugException.class, () -> d.evaluate(99, "copy"));
            d.resume();
            run.suspension(2);
            DebugVariable backlog = run.variable("Module", "URC backlog");
            assertEquals(List.of("+QIND: \"****\""), backlog.children().stream().map(DebugVariable::value).toList());
            DebugVariable mqtt = run.variable("Module", "MQTT");
            DebugVariable client = mqtt.children().get(0);
            assertEquals("client 0", client.name());
            assertEquals("connected as meter7", client.value());
            assertEquals(List.of("host=iot.example:1883", "client id=meter7", "subscriptions=1"), client.children()
                    .stream().map(v -> v.name() + "=" + v.value()).toList());
            assertEquals("/a1bCdEfGhIj/meter7/user/get", client.children().get(2).children().get(0).value());
            DebugVariable last = run.variable("Module", "last command");
            assertEquals("AT+QMTSUB=0,1,\"/a1bCdEfGhIj/meter7/user/get\",1", last.value());
            for (DebugScope scope : d.scopes(1)) {
                assertFalse(scope.toString().contains(SECRET), scope::toString);
            }
            d.resume();
            assertEquals(Verdict.PASSED, run.outcome().result().verdict());
        }
    }
}
