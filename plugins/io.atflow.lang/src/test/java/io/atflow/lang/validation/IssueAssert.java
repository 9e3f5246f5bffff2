package io.atflow.lang.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.atflow.lang.load.Diagnostic;
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

    static void lacks(String script, String code) {
        List<Diagnostic> d = lang().diagnostics(script);
        assertFalse(d.stream().anyMatch(x -> code.equals(x.code())), () -> "did not expect " + code + " in:\n" + script
                + "\ngot: " + d.stream().map(Diagnostic::format).toList());
    }

    static Diagnostic first(String script, String code) {
        return has(script, code).stream().filter(x -> code.equals(x.code())).findFirst().orElseThrow();
    }
}
