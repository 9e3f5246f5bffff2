package io.atflow.lang;

import io.atflow.lang.testing.TestLanguage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;

/** Every example script (one per flow of the application note) parses and validates without errors or warnings. */
public class ExamplesTest {
    public static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    public static Stream<Path> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".atflow")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplePassesCheck(Path file) throws IOException {
        LoadedScript loaded = TestLanguage.withNoteSecrets().injector().getInstance(ScriptLoader.class).load(file);
        List<Diagnostic> shown = loaded.diagnostics().stream()
                .filter(d -> d.severity() != Diagnostic.Severity.INFO).toList();
        assertTrue(shown.isEmpty(), () -> file + ":\n" + String.join("\n", shown.stream().map(Diagnostic::format).toList()));
        assertFalse(loaded.hasSyntaxErrors());
    }
}
