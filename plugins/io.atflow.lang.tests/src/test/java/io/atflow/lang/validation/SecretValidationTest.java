package io.atflow.lang.validation;

import static io.atflow.lang.validation.IssueAssert.first;
import static io.atflow.lang.validation.IssueAssert.lacks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.atflow.lang.load.Diagnostic;

/** Literal secrets in a script are warnings; secret("...") references and run-time values are not. */
class SecretValidationTest {

    @Test
    void literalDeviceSecretInADeclaration() {
        Diagnostic d = first("device m { productKey \"i2uqc2dloOl\" deviceName \"device001\" deviceSecret \"c4fa40df9c8078073d75a26be2bc8f58\" }\n",
                IssueCodes.LITERAL_SECRET);
        assertEquals(Diagnostic.Severity.WARNING, d.severity());
        assertEquals("deviceSecret is written in the script; keep it out of files with secret(\"i2uqc2dloOl/device001\")"
                + " (the quick fix moves it to secure storage)", d.message());
        assertFalse(d.message().contains("c4fa40df"), "the secret is not printed");
    }

    @Test
    void literalProductSecretAndToken() {
        first("product p { productKey \"pk1\" productSecret \"xTzMxVmm9HUY19ab\" }\n", IssueCodes.LITERAL_SECRET);
        first("device m { productKey \"pk1\" deviceName \"dev1\" deviceToken \"^1^1681710731098^563fbcfe8c38f88\" }\n",
                IssueCodes.LITERAL_SECRET);
    }

    @Test
    void literalSecretInsideAliauth() {
        String line = "send AT+QMTCFG=\"aliauth\",0,\"i2uqc2dloOl\",\"device001\",\"c4fa40df9c8078073d75a26be2bc8f58\"";
        Diagnostic d = first(line + "\n", IssueCodes.LITERAL_SECRET);
        assertEquals(1, d.line());
        assertEquals(line.indexOf("\"c4fa") + 1, d.column());
    }

    @Test
    void referencesAndRuntimeValuesAreFine() {
        lacks("device m { productKey \"pk1\" deviceName \"dev1\" deviceSecret secret(\"pk1/dev1\") }\n"
                + "var ds = \"\"\n"
                + "device n { productKey \"pk1\" deviceName \"dev2\" deviceSecret \"${ds}\" }\n"
                + "send AT+QMTCFG=\"aliauth\",0,\"pk1\",\"dev1\",\"${m.deviceSecret}\"\n"
                + "send AT+QMTCFG=\"aliauth\",0,\"pk1\",\"dev1\",\"${secret(\"pk1/dev1\")}\"\n", IssueCodes.LITERAL_SECRET);
    }
}
