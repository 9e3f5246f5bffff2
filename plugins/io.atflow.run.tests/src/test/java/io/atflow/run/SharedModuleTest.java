package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** A run and an interactive session taking turns on one open module. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SharedModuleTest {
    private static final String HOST = "iot-06z00hxss3rggno.mqtt.iothub.aliyuncs.com";
    private final List<RunEvent> moduleEvents = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private ModuleSession open() throws Exception {
        return ModuleSession.builder().target(Runs.FAST_SIM).listener(moduleEvents::add).open();
    }

    @Test
    void aRunOnTheModuleSeesTheUrcsThatWaitInItsBacklogAndLeavesItOpen() throws Exception {
        try (ModuleSession module = open()) {
            InteractiveSession console = module.interactive();
            Exchange open = console.send("AT+QMTOPEN=0,\"" + HOST + "\",1883").get(30, TimeUnit.SECONDS);
            assertEquals("+QMTOPEN: 0,0", open.late().get(30, TimeUnit.SECONDS).orElseThrow());

            Path file = Runs.write(dir, "after.atflow", """
                    await +QMTOPEN: 0,{result} within 2s
                    send AT+QMTCLOSE=0 expect +QMTCLOSE: 0,0
                    log "opened by hand: ${result}"
                    """);
            Runs.Outcome o = Runs.run(ScriptRunner.builder().script(file).module(module));
            assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
            assertEquals(List.of("opened by hand: 0"), o.logs());
            assertEquals(List.of("AT+QMTCLOSE=0"), o.sent(), "the run's listeners see what the run said");
            assertEquals("sim", o.all(RunEvent.RunStarted.class).get(0).target());

            assertTrue(module.isOpen());
            assertNull(module.owner());
            assertTrue(console.send("AT").get(30, TimeUnit.SECONDS).result().isSuccess(), "the console goes on");
            List<String> sent = moduleEvents.stream().filter(RunEvent.Sent.class::isInstance)
                    .map(e -> ((RunEvent.Sent) e).text()).toList();
            Runs.until("the module's listeners saw both", () -> moduleEvents.stream().filter(
                    RunEvent.Sent.class::isInstance).count() >= 3);
            assertTrue(moduleEvents.stream().anyMatch(e -> e instanceof RunEvent.Sent s
                    && s.text().equals("AT+QMTCLOSE=0")), sent::toString);
        }
    }

    @Test
    void theInteractiveSessionWaitsItsTurnWhileARunHasTheChannel() throws Exception {
        try (ModuleSession module = open()) {
            Path file = Runs.write(dir, "waits.atflow", "await +QMTSTAT: 0,{err} within 60s\n");
            List<RunEvent> runEvents = new CopyOnWriteArrayList<>();
            RunHandle run = ScriptRunner.builder().script(file).module(module).listener(runEvents::add).start();
            Runs.until("the run has the channel", () -> module.owner() != null);
            assertEquals("the run of " + file, module.owner());

            ExecutionException busy = assertThrows(ExecutionException.class,
                    () -> module.interactive().send("AT").get(30, TimeUnit.SECONDS));
            assertInstanceOf(ModuleSession.Busy.class, busy.getCause());
            assertEquals("the module is busy: the run of " + file + " is using it; wait until it ends",
                    busy.getCause().getMessage());

            run.abort();
            RunResult r = run.await();
            assertEquals(Verdict.ABORTED, r.verdict(), r::describe);
            assertTrue(module.isOpen(), "aborting a run leaves the module open");
            assertTrue(module.interactive().send("AT").get(30, TimeUnit.SECONDS).result().isSuccess());
        }
    }

    /**
     * Aborting a run reaches the module only while the run holds its command channel: a late abort (the run gave the
     * channel back, the interactive session has a command pending) leaves that command alone. Before the fix the
     * abort cancelled whatever was pending on the shared module.
     */
    @Test
    void aLateAbortOfARunLeavesTheInteractiveSessionsPendingCommandAlone() throws Exception {
        try (FakeModule fake = FakeModule.start().answer("AT", "OK").silent("AT+QPING=1,\"example.com\"");
                ModuleSession module = ModuleSession.builder().target(fake.target()).open()) {
            RunHandle run = ScriptRunner.builder().script(Runs.write(dir, "ok.atflow", "send AT\n")).module(module)
                    .start();
            assertEquals(Verdict.PASSED, run.await().verdict());
            var pending = module.interactive().send("AT+QPING=1,\"example.com\"");
            Runs.until("the module received the typed command",
                    () -> fake.received().contains("AT+QPING=1,\"example.com\""));
            assertEquals(InteractiveSession.OWNER, module.owner());

            run.abort();
            fake.urc("OK");
            Exchange x = pending.get(30, TimeUnit.SECONDS);
            assertTrue(x.result().isSuccess(), () -> "the typed command was answered, not aborted: " + x);
        }
    }

    /** An abort before the run has the channel (the console holds it) ends the run and not the console's command. */
    @Test
    void anAbortBeforeTheRunHasTheChannelLeavesTheConsolesCommandAlone() throws Exception {
        try (FakeModule fake = FakeModule.start().silent("AT+QPING=1,\"example.com\"");
                ModuleSession module = ModuleSession.builder().target(fake.target()).open()) {
            var pending = module.interactive().send("AT+QPING=1,\"example.com\"");
            Runs.until("the module received the typed command",
                    () -> fake.received().contains("AT+QPING=1,\"example.com\""));
            RunHandle run = ScriptRunner.builder().script(Runs.write(dir, "ok.atflow", "send AT\n")).module(module)
                    .start();
            run.abort();
            RunResult r = run.await();
            assertTrue(r.verdict() == Verdict.ABORTED || r.verdict() == Verdict.ERROR, r::describe);
            fake.urc("OK");
            Exchange x = pending.get(30, TimeUnit.SECONDS);
            assertTrue(x.result().isSuccess(), () -> "the typed command was answered, not aborted: " + x);
        }
    }

    @Test
    void aRunOnAModuleKeepsTheModulesTranscript() throws Exception {
        try (ModuleSession module = open()) {
            assertEquals("a run on an open module uses the module's target and transcript; set them when opening "
                    + "the module", assertThrows(IllegalStateException.class, () -> ScriptRunner.builder()
                            .script(dir.resolve("x.atflow")).module(module).transcript(dir.resolve("t")).start())
                            .getMessage());
        }
    }
}
