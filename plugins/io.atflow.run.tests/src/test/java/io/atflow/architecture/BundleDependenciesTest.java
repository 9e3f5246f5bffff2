package io.atflow.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Dependencies between ATFlow's bundles point one way, read from each {@code META-INF/MANIFEST.MF}
 * ({@code Require-Bundle}, and {@code Import-Package} mapped to the bundle that exports the package): the interpreter
 * needs no target, the simulator contributes {@code --port sim} through the interpreter's interface, the launch
 * bundle needs the secrets service and not the editor, and the Studio holds what only the Studio needs.
 */
class BundleDependenciesTest {
    private static final Path PLUGINS = Path.of("..").toAbsolutePath().normalize();

    /** Every arrow allowed, bundle to the ATFlow bundles it may use (tests bundles are not checked). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("io.atflow.aliyun", Set.of()),
            Map.entry("io.atflow.engine", Set.of()),
            Map.entry("io.atflow.logging", Set.of()),
            Map.entry("io.atflow.lang", Set.of("io.atflow.aliyun", "io.atflow.engine")),
            Map.entry("io.atflow.lang.ide", Set.of("io.atflow.lang", "io.atflow.aliyun")),
            Map.entry("io.atflow.run", Set.of("io.atflow.engine", "io.atflow.lang", "io.atflow.aliyun")),
            // one masking policy: the engine's SecretMasker marks the secrets the emulator issues
            Map.entry("io.atflow.platform", Set.of("io.atflow.aliyun", "io.atflow.engine")),
            Map.entry("io.atflow.sim", Set.of("io.atflow.aliyun", "io.atflow.engine", "io.atflow.lang",
                    "io.atflow.platform", "io.atflow.run")),
            Map.entry("io.atflow.secrets", Set.of("io.atflow.lang")),
            Map.entry("io.atflow.ui", Set.of("io.atflow.lang", "io.atflow.lang.ide", "io.atflow.secrets")),
            // the simulated module's settings reach the simulator as target options through run's TargetProvider
            Map.entry("io.atflow.launch", Set.of("io.atflow.engine", "io.atflow.lang", "io.atflow.lang.ide",
                    "io.atflow.run", "io.atflow.secrets")),
            Map.entry("io.atflow.cli", Set.of("io.atflow.aliyun", "io.atflow.engine", "io.atflow.lang",
                    "io.atflow.lang.ide", "io.atflow.platform", "io.atflow.sim", "io.atflow.run")),
            Map.entry("io.atflow.studio", Set.of("io.atflow.launch")));

    @Test
    void everyBundleUsesOnlyTheBundlesBelowIt() throws IOException {
        Map<String, Manifest> manifests = manifests();
        assertEquals(ALLOWED.keySet(), new TreeSet<>(manifests.keySet()), "a bundle without allowed arrows");
        Map<String, String> exporters = exporters(manifests);
        Map<String, Set<String>> wrong = new TreeMap<>();
        manifests.forEach((bundle, m) -> {
            Set<String> used = new TreeSet<>(names(m, "Require-Bundle"));
            names(m, "Import-Package").stream().map(exporters::get).filter(b -> b != null).forEach(used::add);
            used.removeIf(b -> !b.startsWith("io.atflow.") || ALLOWED.get(bundle).contains(b));
            if (!used.isEmpty()) {
                wrong.put(bundle, used);
            }
        });
        assertEquals(Map.of(), wrong, "bundle -> ATFlow bundles it must not use");
    }

    @Test
    void theInterpreterReExportsNoTarget() throws IOException {
        Manifest run = manifests().get("io.atflow.run");
        String required = run.getMainAttributes().getValue("Require-Bundle");
        assertTrue(!required.contains("io.atflow.sim") && !required.contains("io.atflow.platform"), required);
    }

    /** The simulator is an OSGi service for the launch bundle; its plain tests have it as an additional bundle only. */
    @Test
    void theLaunchBundleUsesNoClassOfTheSimulator() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PLUGINS.resolve("io.atflow.launch/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f).matches("(?s).*\\bio\\.atflow\\.sim\\.[A-Za-z].*")) {
                    wrong.add(f.getFileName().toString());
                }
            }
        }
        assertEquals(List.of(), wrong, "io.atflow.launch sources naming a class of io.atflow.sim");
    }

    @Test
    void theLaunchCoreImportsNoUserInterface() throws IOException {
        Path launch = PLUGINS.resolve("io.atflow.launch/src/main/java/io/atflow/launch");
        List<String> wrong = new ArrayList<>();
        for (String pkg : List.of("config", "console", "core", "debug", "interactive", "urc")) {
            try (Stream<Path> files = Files.list(launch.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (Files.readString(f).contains("import io.atflow.launch.ui.")) {
                        wrong.add(launch.relativize(f).toString());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "non-UI packages of io.atflow.launch importing io.atflow.launch.ui");
    }

    private static Map<String, Manifest> manifests() throws IOException {
        Map<String, Manifest> out = new HashMap<>();
        try (Stream<Path> bundles = Files.list(PLUGINS)) {
            for (Path b : bundles.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).toList()) {
                try (InputStream in = Files.newInputStream(b.resolve("META-INF/MANIFEST.MF"))) {
                    Manifest m = new Manifest(in);
                    String name = names(m, "Bundle-SymbolicName").get(0);
                    if (!name.endsWith(".tests")) {
                        out.put(name, m);
                    }
                }
            }
        }
        return out;
    }

    private static Map<String, String> exporters(Map<String, Manifest> manifests) {
        Map<String, String> out = new HashMap<>();
        manifests.forEach((bundle, m) -> names(m, "Export-Package").forEach(p -> out.put(p, bundle)));
        return out;
    }

    /** The names of a header's clauses, without attributes and directives ({@code a;x:=y, b} gives a, b). */
    private static List<String> names(Manifest m, String header) {
        String value = m.getMainAttributes().getValue(header);
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        boolean quoted = false;
        StringBuilder clause = new StringBuilder();
        for (char c : (value + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(clause.toString().split(";", 2)[0].strip());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return out;
    }
}
