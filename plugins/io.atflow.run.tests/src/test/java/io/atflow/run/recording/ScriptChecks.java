package io.atflow.run.recording;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;

import io.atflow.lang.AtFlowLanguage;
import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;

/** What {@code atflow check} says about a generated script. */
public final class ScriptChecks {
    private ScriptChecks() {
    }

    public static LoadedScript assertPassesCheck(Path dir, String text) {
        Path file = dir.resolve("session.atflow");
        LoadedScript loaded = AtFlowLanguage.loader().load(file.toString(),
                URI.createFileURI(file.toAbsolutePath().toString()), text);
        assertFalse(loaded.hasErrors(), () -> text + "\n" + String.join("\n",
                loaded.diagnostics().stream().map(Diagnostic::format).toList()));
        return loaded;
    }
}
