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
