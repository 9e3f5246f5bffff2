package io.atflow.lang.formatting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.atflow.lang.ExamplesTest;
import io.atflow.lang.testing.TestLanguage;
import io.atflow.lang.load.LoadedScript;
import io.atflow.lang.load.ScriptLoader;

/** The formatter gives one canonical layout and is idempotent. */
class FormatterTest {
    static final TestLanguage LANG = TestLanguage.withNoteSecrets();

    static String format(String text) {
        LoadedScript s = LANG.injector().getInstance(ScriptLoader.class).parse("t.atflow",
                URI.createURI("memory:/t.atflow"), text.getBytes(StandardCharsets.UTF_8));
        assertTrue(!s.hasSyntaxErrors(), () -> "syntax errors: " + s.diagnostics());
        return LANG.injector().getInstance(ScriptFormatter.class).format(s.resource());
    }

    static Stream<Path> examples() throws IOException {
        return ExamplesTest.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void examplesAreAlreadyCanonical(Path file) throws IOException {
        String text = Files.readString(file);
        assertEquals(text, format(text));
    }

    @Test
    void messyScriptBecomesCanonical() {
        String messy = """
                   // header comment
                profile   ec2x
                thingModel    "model.json"   device meter { productKey "pk1234"   deviceName "dev001" deviceSecret secret( "pk1234/dev001" ) }


                var   x=len( "abc" )
                on +QMTSTAT: 0,{err}   fail    "lost ${err}"
                step "a"   timeout 5s retry 2 { send AT+CSQ   expect +CSQ: {rssi},{ber}  timeout 3s
                if rssi=="99"  and not(ber == "0") {fail "x"} else { log "ok" }
                send AT+QMTPUB=0,1,1,0,"/t"   prompt   "hi"   ctrlz
                   }
                step "b" {}
                """;
        String expected = """
                // header comment
                profile ec2x
                thingModel "model.json"
                device meter {
                  productKey "pk1234"
                  deviceName "dev001"
                  deviceSecret secret("pk1234/dev001")
                }

                var x = len("abc")
                on +QMTSTAT: 0,{err} fail "lost ${err}"
                step "a" timeout 5s retry 2 {
                  send AT+CSQ expect +CSQ: {rssi},{ber} timeout 3s
                  if rssi == "99" and not (ber == "0") {
                    fail "x"
                  } else {
                    log "ok"
                  }
                  send AT+QMTPUB=0,1,1,0,"/t" prompt "hi" ctrlz
                }
                step "b" {
                }
                """;
        String once = format(messy);
        assertEquals(expected, once);
        assertEquals(once, format(once));
    }

    @Test
    void commentsInsideBlocksAreKept() {
        String text = """
                step "a" {
                  // first
                  send AT /* inline */ expect OK
                  // last
                }
                """;
        String once = format(text);
        assertTrue(once.contains("// first") && once.contains("/* inline */") && once.contains("// last"), once);
        assertEquals(once, format(once));
    }
}
