package io.atflow.launch.interactive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SecretPlaceholdersTest {
    private final Map<String, String> store = Map.of("pk/dn", "s3cr$t\\1", "pk", "product");

    private SecretPlaceholders.Expanded expand(String text) {
        return SecretPlaceholders.expand(text, n -> Optional.ofNullable(store.get(n)), n -> "store " + n + " somewhere");
    }

    @Test
    void secretsAreReplacedLiterallyAndListed() {
        SecretPlaceholders.Expanded e = expand("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"${secret(\"pk/dn\")}\",\"${ secret( \"pk\" ) }\"");
        assertEquals("AT+QMTCFG=\"aliauth\",0,\"pk\",\"dn\",\"s3cr$t\\1\",\"product\"", e.text());
        assertEquals(List.of("s3cr$t\\1", "product"), e.secrets());
        assertEquals(new SecretPlaceholders.Expanded("AT+CSQ", List.of()), expand("AT+CSQ"));
    }

    @Test
    void unknownSecretsAndOtherPlaceholdersAreOneSentence() {
        assertEquals("secret(\"x\") does not resolve; store x somewhere",
                assertThrows(IllegalArgumentException.class, () -> expand("AT+X=\"${secret(\"x\")}\"")).getMessage());
        assertEquals("only ${secret(\"name\")} placeholders can be used in the AT console",
                assertThrows(IllegalArgumentException.class, () -> expand("AT+X=\"${host}\"")).getMessage());
        assertTrue(SecretPlaceholders.onlySecrets("AT+X=\"${secret(\"a\")}\""));
        assertFalse(SecretPlaceholders.onlySecrets("AT+X=${len(p)}"));
    }
}
