package io.atflow.cli.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's start-up caches ({@code ./atflow}): on JDK 24+ the first run of a command records, the next
 * assembles an ahead-of-time cache in the background, the runs after start from it; the cache is written once, even
 * when first runs race; a rebuilt CLI never starts from an old cache; {@code ATFLOW_NO_CDS=1} writes nothing;
 * {@code ATFLOW_NO_AOT=1} and JDKs before 24 keep the dynamic class-data-sharing archive. Every run prints exactly
 * what a run without any cache prints.
 */
class LauncherCacheTest {
    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    /** A JVM with {@code -XX:AOTMode=on} refuses to start unless it can use the cache it is given. */
    private static final Map<String, String> CACHE_REQUIRED = Map.of("ATFLOW_JAVA_OPTS", "-XX:AOTMode=on");

    /** What {@code atflow help} prints without any cache: once per class, every run is compared with it. */
    private static String plainUsage;

    @TempDir
    Path dir;
    private LauncherRoot launcher;

    @BeforeAll
    static void plainRun(@TempDir Path plainDir) throws Exception {
        LauncherRoot.Result plain = LauncherRoot.create(plainDir, JAVA_HOME).run(Map.of("ATFLOW_NO_CDS", "1"), "help");
        assertEquals(0, plain.exitCode(), plain.stderr());
        assertTrue(plain.stdout().startsWith("usage: atflow"), plain.stdout());
        plainUsage = plain.stdout();
    }

    @BeforeEach
    void setUp() throws Exception {
        launcher = LauncherRoot.create(dir, JAVA_HOME);
    }

    @Test
    void theDisableSwitchWritesNoCacheAndNoClassPathCopies() throws Exception {
        sameAsPlain(launcher.run(Map.of("ATFLOW_NO_CDS", "1"), "help"));
        assertEquals(List.of(), launcher.cacheFiles(""));
        assertTrue(!Files.exists(launcher.cliTarget().resolve("boot.classpath")));
        assertTrue(!Files.exists(launcher.cliTarget().resolve("unsigned")));
    }

    @Test
    void aheadOfTimeCacheIsRecordedThenAssembledOnceThenUsed() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "ahead-of-time caches need JDK 24");
        sameAsPlain(launcher.run(Map.of(), "help"));
        List<String> recorded = launcher.cacheFiles("help.");
        assertEquals(1, recorded.size(), recorded.toString());
        assertTrue(recorded.get(0).matches("help\\.aotconf\\.\\d+"), recorded.toString());

        sameAsPlain(launcher.run(Map.of(), "help"));
        Path cache = awaitCache("help");
        FileTime written = Files.getLastModifiedTime(cache);

        sameAsPlain(launcher.run(CACHE_REQUIRED, "help"));
        sameAsPlain(launcher.run(Map.of(), "help"));
        assertEquals(List.of("help.aot", "help.lock"), launcher.cacheFiles("help."), "nothing recorded again");
        assertEquals(written, Files.getLastModifiedTime(cache), "the cache is written once");
    }

    @Test
    void firstRunsAtTheSameTimeEndWithOneCache() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "ahead-of-time caches need JDK 24");
        List<Process> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(launcher.start(Map.of(), "help"));
        }
        for (Process p : first) {
            p.getOutputStream().close();
            sameAsPlain(LauncherRoot.finish(p));
        }
        List<Process> second = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            second.add(launcher.start(Map.of(), "help"));
        }
        for (Process p : second) {
            p.getOutputStream().close();
            sameAsPlain(LauncherRoot.finish(p));
        }
        awaitCache("help");
        sameAsPlain(launcher.run(CACHE_REQUIRED, "help"));
        assertEquals(List.of("help.aot", "help.lock"), launcher.cacheFiles("help."));
    }

    @Test
    void aRebuiltCliNeverStartsFromTheOldCache() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "ahead-of-time caches need JDK 24");
        oldCacheIsDroppedAfter(launcher::rebuildCli);
    }

    @Test
    void aRebuiltBundleOnTheClassPathDropsTheCacheToo() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "ahead-of-time caches need JDK 24");
        oldCacheIsDroppedAfter(launcher::rebuildDependency);
    }

    private interface Rebuild {
        void run() throws IOException;
    }

    private void oldCacheIsDroppedAfter(Rebuild rebuild) throws Exception {
        sameAsPlain(launcher.run(Map.of(), "help"));
        sameAsPlain(launcher.run(Map.of(), "help"));
        awaitCache("help");
        sameAsPlain(launcher.run(CACHE_REQUIRED, "help"));

        rebuild.run();
        sameAsPlain(launcher.run(Map.of(), "help"));
        List<String> left = launcher.cacheFiles("help.");
        assertEquals(1, left.size(), "the old cache is gone, the new CLI records afresh: " + left);
        assertTrue(left.get(0).matches("help\\.aotconf\\.\\d+"), left.toString());
    }

    @Test
    void withoutAheadOfTimeTheDynamicArchiveIsWrittenByTheFirstRunAndTakenByTheNext() throws Exception {
        Map<String, String> noAot = Map.of("ATFLOW_NO_AOT", "1");
        sameAsPlain(launcher.run(noAot, "help"));
        List<String> written = launcher.cacheFiles("help.");
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).matches("help\\.jsa\\.\\d+"), written.toString());
        sameAsPlain(launcher.run(noAot, "help"));
        assertEquals(List.of("help.jsa"), launcher.cacheFiles("help."));
        assertEquals(List.of(), launcher.cacheFiles("help.aot"));
    }

    @Test
    void aJdkBefore24KeepsTheDynamicArchive() throws Exception {
        Path jdk23 = Files.createDirectories(dir.resolve("jdk23/bin"));
        for (String tool : new String[] { "java", "javac" }) {
            Files.createSymbolicLink(jdk23.resolve(tool), JAVA_HOME.resolve("bin").resolve(tool));
        }
        Files.writeString(jdk23.resolveSibling("release"), "JAVA_VERSION=\"23.0.2\"\n");
        LauncherRoot old = LauncherRoot.create(dir.resolve("old"), jdk23.getParent());
        sameAsPlain(old.run(Map.of(), "help"));
        List<String> written = old.cacheFiles("help.");
        assertEquals(1, written.size(), written.toString());
        assertTrue(written.get(0).matches("help\\.jsa\\.\\d+"), written.toString());
    }

    private void sameAsPlain(LauncherRoot.Result r) {
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals(plainUsage, r.stdout());
        assertEquals("", r.stderr());
    }

    /** Waits (at most two minutes) for the background assembly to leave the cache and nothing else. */
    private Path awaitCache(String command) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        List<String> expected = List.of(command + ".aot", command + ".lock");
        while (!launcher.cacheFiles(command + ".").equals(expected)) {
            assertTrue(System.nanoTime() < deadline, "no cache assembled: " + launcher.cacheFiles(command + "."));
            Thread.sleep(100);
        }
        return launcher.caches().resolve(command + ".aot");
    }
}
