package io.atflow.lang.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.atflow.lang.load.Diagnostic;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.testing.TestLanguage;

/** Assertions on the issue codes a script produces. */
final class IssueAssert {
    static TestLanguage lang() {
        return TestLanguage.withNoteSecrets();
    }
    static final String METER = """
            device meter {
              productKey "i2uqc2dloOl"
              deviceName "device001"
              deviceSecret secret("i2uqc2dloOl/device001")
            }
            """;

    private IssueAssert() {
    }

    static List<Diagnostic> has(String script, String code) {
        List<Diagnostic> d = lang().diagnostics(script);
        assertTrue(d.stream().anyMatch(x -> code.equals(x.code())), () -> "expected " + code + " in:\n" + script
                + "\ngot: " + d.stream().map(Diagnostic::format).toList());
        return d;
    }

    /**
     * {@code code} is not reported for {@code script}, which must parse without syntax errors: a snippet that stops
     * parsing lacks every validation code, so the absence would prove nothing.
     */
    static void lacks(String script, String code) {
        lacks(lang(), script, code);
    }

    /** {@link #lacks(String, String)} with the test language's secrets as {@code lang} has them. */
    static void lacks(TestLanguage lang, String script, String code) {
        LoadedScript loaded = lang.load(script);
        assertFalse(loaded.hasSyntaxErrors(), () -> "the snippet does not parse, so the absence of " + code
                + " proves nothing:\n" + script + "\nsyntax errors: " + syntaxErrors(loaded));
        List<Diagnostic> d = loaded.diagnostics();
        assertFalse(d.stream().anyMatch(x -> code.equals(x.code())), () -> "did not expect " + code + " in:\n" + script
                + "\ngot: " + d.stream().map(Diagnostic::format).toList());
    }

    private static List<String> syntaxErrors(LoadedScript loaded) {
        if (loaded.resource() == null) {
            return loaded.diagnostics().stream().map(Diagnostic::format).toList();
        }
        return loaded.resource().getErrors().stream().map(e -> e.getLine() + ":" + e.getColumn() + ": "
                + e.getMessage()).toList();
    }

    static Diagnostic first(String script, String code) {
        return has(script, code).stream().filter(x -> code.equals(x.code())).findFirst().orElseThrow();
    }
}
