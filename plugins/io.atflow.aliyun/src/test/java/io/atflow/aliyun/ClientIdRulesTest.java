package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The client id rules of Aliyun's MQTT connection documentation, checked once for the validator and the gateway. The
 * two copies disagreed: the validator accepted authType=register without random= and any timestamp=, the gateway
 * refused both (CONNACK 2); Aliyun's dynamic registration signs the random value, so the gateway was right.
 */
class ClientIdRulesTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " | ", value = {
        "FRAMING     | i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256",
        "FRAMING     | |securemode=3,signmethod=hmacsha1|",
        "SECUREMODE  | dev|securemode=3 signmethod=hmacsha1|",
        "FRAMING     | dev|securemode=3,securemode=2|",
        "TOO_LONG    | 01234567890123456789012345678901234567890123456789012345678901234|securemode=2,signmethod=hmacsha256|",
        "SECUREMODE  | dev|signmethod=hmacsha1|",
        "SECUREMODE  | dev|securemode=4,signmethod=hmacsha256|",
        "SECUREMODE  | dev|securemode=2,authType=regnwl,random=1,signmethod=hmacsha1|",
        "AUTH_TYPE   | dev|securemode=2,authType=registr,random=1,signmethod=hmacsha1|",
        "AUTH_TYPE   | dev|securemode=-2,signmethod=hmacsha1|",
        "SIGN_METHOD | dev|securemode=2,signmethod=sha256|",
        "SIGN_METHOD | dev|securemode=2|",
        "RANDOM      | dev|securemode=2,authType=register,signmethod=hmacsha1|",
        "TIMESTAMP   | dev|securemode=3,signmethod=hmacsha1,timestamp=12a|" })
    void brokenRules(ClientIdViolation.Rule rule, String clientId) {
        ClientIdRules.Check c = ClientIdRules.check(clientId);
        assertEquals(rule, c.violation() == null ? null : c.violation().rule(), () -> String.valueOf(c.violation()));
    }

    @Test
    void theApplicationNoteIdsPass() {
        ClientIdRules.Check note = ClientIdRules.check(
                "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|");
        assertTrue(note.ok(), () -> note.violation().message());
        assertNull(note.authType());
        ClientIdRules.Check register = ClientIdRules.check("864430010001091|securemode=2,authType=register,random=123,"
                + "signmethod=hmacsha1,instanceId=iot-06z00hxss3rggno|");
        assertEquals(AuthType.REGISTER, register.authType());
        assertTrue(ClientIdRules.check("kit-1|securemode=-2,authType=connwl|").ok(), "connwl needs no signmethod");
        assertEquals("client id is 65 characters; Aliyun allows at most 64",
                ClientIdRules.unframed("x".repeat(65)).message());
        assertNull(ClientIdRules.unframed("x".repeat(64)));
    }
}
