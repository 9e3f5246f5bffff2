package io.atflow.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.lang.secrets.SecretResolver;
import io.atflow.run.testing.FakeModule;
import io.atflow.run.testing.Runs;

/** Secrets never reach events, messages or the transcript unmasked. */
class MaskingTest {
    static final String DEVICE_SECRET = "0123456789abcdef0123456789abcdef";
    static final String ISSUED = "d2a03b64a5e06b051f481136668133cf";
    static final String CONNECT = "AT+QMTCONN=0,\"meter7|securemode=2,signmethod=hmacsha256|\","
            + "\"meter7&a1bCdEfGhIj\",\"${issued}\"";
    @TempDir
    Path dir;

    static SecretResolver only(String name, String value) {
        return new SecretResolver() {
            @Override
            public Optional<String> resolve(String n, Path scriptDir) {
                return n.equals(name) ? Optional.of(value) : Optional.empty();
            }

            @Override
            public String hint(String n) {
                return "the test knows only " + name;
            }
        };
    }

    @Test
    void resolvedAndIssuedSecretsAreMaskedEverywhere() throws IOException {
        try (FakeModule m = FakeModule.start()) {
            m.answer("AT+QMTCFG=\"aliauth\",0,\"a1bCdEfGhIj\",\"meter7\",\"" + DEVICE_SECRET + "\"", "OK",
                    "+QMTRECV: 0,1,\"/ext/register\",\"{\"deviceSecret\":\"" + ISSUED + "\"}\"");
            m.answer(CONNECT.replace("${issued}", ISSUED), "OK", "+QMTCONN: 0,0,4");
            Path transcript = dir.resolve("run.transcript");
            Path file = Runs.write(dir, "s.atflow", """
                    device d {
                      productKey "a1bCdEfGhIj"
                      deviceName "meter7"
                      deviceSecret secret("a1bCdEfGhIj/meter7")
                    }
                    send AT+QMTCFG="aliauth",0,"${d.productKey}","${d.deviceName}","${d.deviceSecret}"
                    await +QMTRECV: 0,{id},"/ext/register","{reply}" within 2s
                    var issued = json(reply).deviceSecret
                    """ + "send " + CONNECT + "\nawait +QMTCONN: 0,0,0 within 2s\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()).secrets(only("a1bCdEfGhIj/meter7", DEVICE_SECRET))
                    .transcript(transcript));
            assertEquals(Verdict.FAILED, o.result().verdict(), o::transcript);
            String all = o.transcript();
            assertFalse(all.contains(DEVICE_SECRET), all);
            assertFalse(all.contains(ISSUED), all);
            assertTrue(o.sent().contains("AT+QMTCFG=\"aliauth\",0,\"a1bCdEfGhIj\",\"meter7\",\"****\""), all);
            assertTrue(o.sent().contains(CONNECT.replace("${issued}", "****")), all);
            assertTrue(all.contains("{\"deviceSecret\":\"****\"}"), all);
            String written = Files.readString(transcript);
            assertTrue(written.contains("AT+QMTCONN"), written);
            assertFalse(written.contains(DEVICE_SECRET), written);
            assertFalse(written.contains(ISSUED), written);
        }
    }

    @Test
    void failureMessagesAreMasked() {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "f.atflow", "var s = secret(\"a1bCdEfGhIj/meter7\")\nfail \"secret ${s}\"\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()).secrets(only("a1bCdEfGhIj/meter7", DEVICE_SECRET)));
            assertEquals("secret ****", o.result().message());
            assertFalse(o.transcript().contains(DEVICE_SECRET));
        }
    }

    @Test
    void aMissingSecretIsAConfigurationErrorThatSaysWhereToPutIt() {
        try (FakeModule m = FakeModule.start()) {
            Path file = Runs.write(dir, "g.atflow", "\nsend AT+X=\"${secret(\"nowhere/x\")}\"\n");
            Runs.Outcome o = Runs.run(Runs.of(file, m.target()));
            assertEquals(Verdict.ERROR, o.result().verdict(), o::transcript);
            assertEquals(file + ":2", o.result().location());
            assertEquals("secret \"nowhere/x\" is not available; set ATFLOW_SECRET_NOWHERE_X or add nowhere/x=... to "
                    + ".atflow-secrets", o.result().message());
        }
    }

    @Test
    void theSimulatorsRegistryProvidesSecretsWithoutAnyFile() {
        Path file = Runs.write(dir, "sim.atflow",
                "send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\","
                        + "\"${secret(\"i2uqc2dloOl/device001\")}\"\n");
        Runs.Outcome o = Runs.run(Runs.of(file, Runs.FAST_SIM));
        assertEquals(Verdict.PASSED, o.result().verdict(), o::transcript);
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"****\"", o.sent().get(0));
    }
}
