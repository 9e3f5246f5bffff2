package io.atflow.sim.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.atflow.sim.ModuleConnection;
import io.atflow.sim.SimConfig;
import io.atflow.sim.SimulatedModule;

/**
 * The corpus of logs posted from real Quectel modules ({@code field/}, each with its source in its header): every
 * one replays to its end against a module set up as its header declares, and the report says so.
 */
class FieldLogReplayTest {
    static final String FIELD = "/io/atflow/sim/field";
    static final String SOURCE = "# @source ";

    @TestFactory
    Stream<DynamicTest> everyFieldLogReplaysToItsEnd() throws Exception {
        return fieldLogs().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.lines().anyMatch(l -> l.startsWith("# @source https://")), file + " names its source");
            assertTrue(text.lines().anyMatch(l -> l.startsWith("# @model ")), file + " names its module");
            ModuleLog log = Replays.load(file);
            ReplayReport report = replay(log);
            assertTrue(report.passed(), report.summary());
            assertEquals(log.exchanges().size(), report.matched(), report.summary());
            assertTrue(report.summary().startsWith(file + ": " + log.exchanges().size() + " of "
                    + log.exchanges().size() + " exchanges match ("), report.summary());
        }));
    }

    /** Twenty posts at least: excerpts of one post (one capture, one thread) count once. */
    @Test
    void theCorpusHoldsLogsFromAtLeastTwentyDistinctPosts() throws Exception {
        Set<String> sources = new TreeSet<>();
        for (Path file : fieldLogs()) {
            Files.readString(file, StandardCharsets.UTF_8).lines().filter(l -> l.startsWith(SOURCE))
                    .forEach(l -> sources.add(post(l.substring(SOURCE.length()))));
        }
        assertTrue(sources.size() >= 20, "the corpus holds logs from " + sources.size() + " posts: " + sources);
    }

    @Test
    void aPostIsItsAddressWithoutFragmentOrNote() {
        assertEquals("https://forums.quectel.com/t/qmtopen-0-1-error/3562",
                post("https://forums.quectel.com/t/qmtopen-0-1-error/3562 (page 4)"));
        assertEquals("https://github.com/vshymanskyy/TinyGSM/issues/157",
                post("https://github.com/vshymanskyy/TinyGSM/issues/157#issuecomment-511400000"));
    }

    /** The post a {@code @source} names: its address, without a fragment or a note after it. */
    static String post(String source) {
        String address = source.strip().split("\\s+", 2)[0];
        int fragment = address.indexOf('#');
        return fragment < 0 ? address : address.substring(0, fragment);
    }

    @Test
    void aDeliberateDifferenceFailsNamingTheLogFileAndLine() throws Exception {
        String text = Files.readString(fieldLogs().stream()
                .filter(p -> p.getFileName().toString().equals("bg770a-capture.log")).findFirst().orElseThrow());
        String wrong = ">> AT+CGMM\n>> BG770-GL\n";
        String changed = text.replace(">> AT+CGMM\n>> BG770A-GL\n", wrong);
        int line = text.substring(0, text.indexOf(">> AT+CGMM")).split("\n", -1).length + 1;
        ModuleLog log = Replays.parse("changed.log", changed);
        int total = log.exchanges().size();
        ReplayReport report = replay(log);
        assertFalse(report.passed());
        assertEquals(4, report.matched());
        assertEquals(List.of(new Mismatch(line, "BG770-GL", "BG770A-GL")), report.mismatches());
        assertTrue(report.summary().startsWith("changed.log: 4 of " + total + " exchanges match ("), report.summary());
        assertTrue(report.summary().endsWith("\nchanged.log:" + line + ": expected \"BG770-GL\" but the module said "
                + "\"BG770A-GL\""), report.summary());
    }

    static ReplayReport replay(ModuleLog log) throws Exception {
        try (SimulatedModule module = SimulatedModule.start(log.setup().configure(SimConfig.defaults()));
                ModuleConnection line = module.open();
                LineReader reader = new LineReader(line.fromModule())) {
            return ReplayRunner.defaults().run(log, line.toModule(), reader);
        }
    }

    static List<Path> fieldLogs() throws Exception {
        URL dir = FieldLogReplayTest.class.getResource(FIELD);
        assertEquals("file", dir.getProtocol(), "the corpus is read from the test classes folder");
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            Path[] logs = files.filter(p -> p.toString().endsWith(".log")).sorted().toArray(Path[]::new);
            return Arrays.asList(logs);
        }
    }
}
