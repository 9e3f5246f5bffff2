package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.engine.channel.CommandResult;
import io.atflow.run.recording.ScriptChecks;
import io.atflow.run.testing.Runs;

/**
 * Commands typed into an interactive session on the simulated module, sent as the interpreter sends them: templates
 * and secrets (masked everywhere), data after the prompt, delayed results; the session saved as a script that passes
 * the language's checks and replays to PASSED.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InteractiveSessionTest {
    /** The application note's device secret of i2uqc2dloOl/device001, known to the simulator's registry. */
    private static final String DEVICE_SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    private static final String ALIAUTH = "AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\","
            + "\"${secret(\"i2uqc2dloOl/device001\")}\"";
    private static final String TOPIC = "/i2uqc2dloOl/device001/user/echo";
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private ModuleSession open(Path transcript) throws Exception {
        return ModuleSession.builder().target(Runs.FAST_SIM).transcript(transcript).listener(events::add).open();
    }

    private static Exchange ok(InteractiveSession s, String line) throws Exception {
        Exchange x = s.send(line).get(30, TimeUnit.SECONDS);
        assertTrue(x.result().isSuccess(), () -> line + ": " + x.result().describe());
        return x;
    }

    private static String late(Exchange x) throws Exception {
        return x.late().get(30, TimeUnit.SECONDS).orElse("(none)");
    }

    @Test
    void aSessionIsSentAsTheInterpreterSendsAndSavedAsAScriptThatReplays() throws Exception {
        Path transcript = dir.resolve("session.transcript");
        String script;
        try (ModuleSession module = open(transcript)) {
            InteractiveSession s = module.interactive();
            Exchange auth = ok(s, ALIAUTH);
            assertEquals("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\"", auth.command());
            assertEquals(Optional.empty(), auth.late().get(30, TimeUnit.SECONDS), "AT+QMTCFG has no delayed result");
            Exchange open = ok(s, "AT+QMTOPEN=0,\"iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com\",1883");
            assertEquals("+QMTOPEN: 0,0", late(open));
            assertEquals("+QMTCONN: 0,0,0", late(ok(s, "AT+QMTCONN=0,\"device001\"")));

            CommandPlan publish = s.plan("at+qmtpubex=0,0,0,0,\"" + TOPIC + "\",${len(\"hello\")}");
            assertTrue(publish.needsData());
            IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> s.send(publish, "hi"));
            assertEquals("the data is 2 bytes but AT+QMTPUBEX announces 5; the module would wait for the rest or "
                    + "cut it", wrong.getMessage());
            Exchange pub = s.send(publish, "hello").get(30, TimeUnit.SECONDS);
            assertTrue(pub.result().isSuccess(), pub.result()::describe);
            assertEquals("+QMTPUBEX: 0,0,0", late(pub));
            assertInstanceOf(CommandResult.Mismatch.class, s.send("AT+NOSUCHCOMMAND").get(30, TimeUnit.SECONDS)
                    .result());
            Runs.until("the eight exchanges and URCs recorded", () -> s.recording().size() >= 8);
            script = s.script(List.of("recorded by a test"));
        }
        assertTrue(script.contains("  send " + ALIAUTH + "\n"), script);
        assertTrue(script.contains("  await +QMTOPEN: 0,0 within 75s\n"), script);
        assertTrue(script.contains("  send AT+QMTPUBEX=0,0,0,0,\"" + TOPIC + "\",${len(\"hello\")} prompt \"hello\"\n"),
                script);
        assertTrue(script.contains("  // send AT+NOSUCHCOMMAND  -- "), script);
        ScriptChecks.assertPassesCheck(dir, script);
        Runs.Outcome replay = Runs.run(Runs.of(Runs.write(dir, "replay.atflow", script), Runs.FAST_SIM));
        assertEquals(Verdict.PASSED, replay.result().verdict(), replay::transcript);

        List<String> sent = events.stream().filter(RunEvent.Sent.class::isInstance).map(e -> ((RunEvent.Sent) e).text())
                .toList();
        assertTrue(sent.contains("hello"), sent::toString);
        assertTrue(sent.contains("AT+QMTPUBEX=0,0,0,0,\"" + TOPIC + "\",5"), "the template is rendered: " + sent);
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.UrcReceived u && u.line().equals("+QMTOPEN: 0,0")
                && u.meaning() != null), events::toString);
        assertTrue(events.stream().anyMatch(e -> e instanceof RunEvent.CommandFinished f && !f.ok()
                && f.command().equals("AT+NOSUCHCOMMAND")), events::toString);
        assertTrue(events.stream().noneMatch(e -> e.toString().contains(DEVICE_SECRET)), events::toString);
        String written = Files.readString(transcript);
        assertTrue(written.contains("\"device001\",\"****\""), written);
        assertFalse(written.contains(DEVICE_SECRET), written);
    }

    @Test
    void placeholdersThatDoNotEvaluateAndNonCommandsAreRefusedWithOneSentence() throws Exception {
        try (ModuleSession module = open(null)) {
            InteractiveSession s = module.interactive();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> s.send("AT+QMTCFG=\"aliauth\",0,\"a\",\"b\",\"${secret(\"nobody/none\")}\""));
            assertEquals("secret \"nobody/none\" is not available; set ATFLOW_SECRET_NOBODY_NONE or add "
                    + "nobody/none=... to .atflow-secrets", e.getMessage());
            assertEquals("apn has no value yet",
                    assertThrows(IllegalArgumentException.class, () -> s.send("AT+CGDCONT=1,\"IP\",\"${apn}\""))
                            .getMessage());
            assertEquals("\"hello\" is not an AT command; commands start with AT, e.g. AT+CSQ",
                    assertThrows(IllegalArgumentException.class, () -> s.send("hello")).getMessage());
            assertTrue(s.recording().stream().noneMatch(r -> r instanceof
                    io.atflow.run.recording.Recorded.Command), "nothing was sent");
        }
    }
}
