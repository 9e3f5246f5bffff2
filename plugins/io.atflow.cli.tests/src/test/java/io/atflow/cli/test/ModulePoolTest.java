package io.atflow.cli.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module pool: parallel runs, a module that dies mid-run, profiles. */
class ModulePoolTest {
    @TempDir
    Path dir;

    private void scripts(int n, String text) throws IOException {
        for (int i = 1; i <= n; i++) {
            Files.writeString(dir.resolve("s" + i + ".atflow"), text);
        }
    }

    /** Counts scripts running at once; the first two starts wait for each other (bounded), so a pool that ran one
     * script at a time could not pass. */
    static final class Watcher implements TestListener {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch twoStarted = new CountDownLatch(2);
        final Set<String> modules = ConcurrentHashMap.newKeySet();
        final Map<String, String> ranOn = new ConcurrentHashMap<>();
        final List<String> broken = new CopyOnWriteArrayList<>();
        volatile boolean overlapped = true;

        @Override
        public void started(TestScript script, LabModule module) {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            modules.add(module.name());
            twoStarted.countDown();
            try {
                overlapped &= twoStarted.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void finished(ScriptReport report) {
            if (report.module() != null) {
                running.decrementAndGet();
                ranOn.put(Path.of(report.script().path()).getFileName().toString(), report.module());
            }
        }

        @Override
        public void broken(LabModule module, String why) {
            broken.add(module.name() + " " + why);
        }
    }

    @Test
    void twoSimulatedModulesRunFourScriptsTwoAtATime() throws IOException {
        scripts(4, "step \"hello\" {\n  send AT\n  send AT+CSQ expect +CSQ: {rssi},{ber}\n}\n");
        Watcher w = new Watcher();
        Cli.Result r = Cli.test(w, dir.toString(), "--ports", "sim,sim", "-j", "2");
        assertEquals(0, r.code(), r::toString);
        assertTrue(w.overlapped, "a second script started while the first was running");
        assertEquals(2, w.most.get(), "never more than -j scripts at once");
        assertEquals(Set.of("sim-1", "sim-2"), w.modules);
        assertEquals(4, w.ranOn.size());
        assertTrue(r.out().contains("4 scripts: 4 passed, 0 failed"), r::out);
    }

    @Test
    void aModuleThatDiesIsBrokenItsScriptFailsAndTheOthersRunElsewhere() throws IOException {
        scripts(3, "step \"hello\" {\n  send AT\n  send ATI expect /Quectel/\n}\n");
        // answers the probe (ATI, AT+CGMR) and the first AT of a script, then drops the line and refuses new ones
        try (ScriptedModule dying = new ScriptedModule(3)) {
            Path lab = Files.writeString(dir.resolve("lab.toml"), """
                    [modules.bench]
                    port = "%s"
                    profile = "ec25"

                    [modules.spare]
                    port = "sim"
                    """.formatted(dying.port()));
            Path xml = dir.resolve("junit.xml");
            Watcher w = new Watcher();
            Cli.Result r = Cli.test(new Quiet(w), dir.toString(), "--lab", lab.toString(), "--junit", xml.toString());
            assertEquals(1, r.code(), r::toString);
            assertEquals(List.of("ATI", "AT+CGMR", "AT", "ATI"), dying.received);
            assertTrue(r.out().contains("2 passed, 1 failed"), r::out);
            assertEquals(1, w.broken.size(), w.broken::toString);
            assertTrue(w.broken.get(0).startsWith("bench stopped answering ("), w.broken::toString);
            List<String> onBench = w.ranOn.entrySet().stream().filter(e -> e.getValue().equals("bench"))
                    .map(Map.Entry::getKey).toList();
            assertEquals(1, onBench.size(), w.ranOn::toString);
            assertTrue(r.out().contains("FAILED " + dir.resolve(onBench.get(0)) + " on bench: module bench stopped "
                    + "answering ("), r::out);
            assertTrue(r.out().contains("module bench stopped answering ("), r::out);
            String report = Files.readString(xml);
            assertTrue(report.contains("type=\"module-broken\""), report);
        }
    }

    @Test
    void scriptsGoToModulesOfTheirProfileAndOneWithoutAModuleFailsWithASentence() throws IOException {
        // ATI model lines: BG96 (TinyGSM issue 157), EC25 (community.sixfab.com): see the sim's ModuleProfile
        Files.writeString(dir.resolve("lpwa.atflow"), "profile bg95\nsend ATI expect /^BG96$/\n");
        Files.writeString(dir.resolve("lte.atflow"), "profile ec25\nsend ATI expect /^EC25$/\n");
        Files.writeString(dir.resolve("any.atflow"), "send AT\n");
        Files.writeString(dir.resolve("global.atflow"), "profile eg25g\nsend AT\n");
        Path lab = Files.writeString(dir.resolve("lab.toml"), """
                [modules.m1]
                port = "sim"
                profile = "bg96"

                [modules.m2]
                port = "sim"
                profile = "ec25"
                """);
        Watcher w = new Watcher();
        Cli.Result r = Cli.test(new Quiet(w), dir.toString(), "--lab", lab.toString(), "-j", "1");
        assertEquals(1, r.code(), r::toString);
        assertEquals("m1", w.ranOn.get("lpwa.atflow"), "bg96 is a model of the bg95 family");
        assertEquals("m2", w.ranOn.get("lte.atflow"));
        assertTrue(w.ranOn.containsKey("any.atflow"));
        assertTrue(r.out().contains("FAILED " + dir.resolve("global.atflow") + ": no module of the pool has profile "
                + "eg25g (the script's profile statement); the pool has m1 (bg96), m2 (ec25)"), r::out);
    }

    @Test
    void aSimulatedModuleWithoutProfileBecomesTheScriptsProfile() throws IOException {
        Files.writeString(dir.resolve("lpwa.atflow"), "profile bg77\nsend ATI expect /^BG77$/\n");
        Cli.Result r = Cli.test(dir.toString(), "--ports", "sim");
        assertEquals(0, r.code(), r::toString);
    }

    /** Passes only started/finished/broken on, without the blocking of the first two starts. */
    record Quiet(Watcher w) implements TestListener {
        @Override
        public void started(TestScript script, LabModule module) {
            w.modules.add(module.name());
        }

        @Override
        public void finished(ScriptReport report) {
            w.finished(report);
        }

        @Override
        public void broken(LabModule module, String why) {
            w.broken(module, why);
        }
    }
}
