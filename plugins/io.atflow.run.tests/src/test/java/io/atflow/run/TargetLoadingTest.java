package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.run.testing.FakeModule;

/**
 * Targets load only when a run asks for them: a script run on a {@code tcp://} port, in a fresh JVM whose class path
 * holds the simulator, loads no class of {@code io.atflow.sim}, Netty or Moquette; asking for {@code sim} does.
 */
class TargetLoadingTest {
    private static final List<String> SIMULATOR_PACKAGES = List.of("io.atflow.sim.", "io.atflow.platform.",
            "io.netty.", "io.moquette.");

    @TempDir
    Path dir;

    @Test
    void aTcpRunLoadsNoSimulatorClass() throws Exception {
        List<String> loaded = probe("tcp");
        assertTrue(loaded.contains("io.atflow.run.ScriptRunner"), () -> "the probe ran no script: " + loaded.size());
        assertEquals(List.of(), simulatorClasses(loaded));
    }

    @Test
    void askingForTheSimulatorLoadsIt() throws Exception {
        List<String> loaded = probe("sim");
        assertTrue(loaded.contains("io.atflow.sim.run.SimTargetProvider"), simulatorClasses(loaded)::toString);
    }

    private static List<String> simulatorClasses(List<String> loaded) {
        return loaded.stream().filter(c -> SIMULATOR_PACKAGES.stream().anyMatch(c::startsWith)).toList();
    }

    /** The classes a fresh JVM loads running {@link Probe} with {@code port}. */
    private List<String> probe(String port) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.log");
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), port, dir.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the probe did not end within 90 s: " + Files.readString(out));
        }
        assertEquals(0, p.exitValue(), () -> "probe output: " + read(out));
        assertFalse(read(out).contains("Exception"), () -> read(out));
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // [0.123s][info][class,load] io.atflow.run.ScriptRunner source: file:...
            int at = line.indexOf("[class,load] ");
            if (at >= 0) {
                String rest = line.substring(at + "[class,load] ".length());
                int space = rest.indexOf(' ');
                classes.add(space < 0 ? rest : rest.substring(0, space));
            }
        }
        return classes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Runs {@code send AT} on a fake module behind a TCP port ({@code tcp}) or only parses {@code sim}. */
    public static final class Probe {
        public static void main(String[] args) throws IOException {
            Targets installed = Targets.installed(Probe.class.getClassLoader());
            if (args[0].equals("sim")) {
                System.out.println(installed.parse("sim", null).describe());
                return;
            }
            try (FakeModule module = FakeModule.start().answer("AT", "OK")) {
                Path script = Files.writeString(Path.of(args[1], "probe.atflow"), "send AT\n");
                RunTarget target = installed.parse(module.target().describe(), null);
                RunResult r = ScriptRunner.builder().script(script).target(target).run();
                System.out.println(r.describe());
                if (r.verdict() != Verdict.PASSED) {
                    System.exit(1);
                }
            }
        }
    }
}
