package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected values were computed independently (Python's hmac module). */
class DeviceSecretLoginTest {
    static final DeviceIdentity METER = new DeviceIdentity("i2uqc2dloOl", "device001");
    static final String DS = "c4fa40df9c8078073d75a26be2bc8f58";

    @Test
    void reproducesTheApplicationNoteVector() {
        MqttCredentials c = new DeviceSecretLogin(METER, DS).timestamp("1680937625134").build();
        assertEquals("i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|", c.clientId());
        assertEquals("device001&i2uqc2dloOl", c.username());
        assertEquals("0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db", c.password());
    }

    @ParameterizedTest
    @CsvSource({
        "hmacmd5,    28e82614d669751bfe50a21138144915",
        "hmacsha1,   435784a18d27b29401cac6253c9a67109e9e4d14",
        "hmacsha256, 897484966269ef04458f4380cd4288cfa51d2b3b8020e821f4a704c26c9f8926" })
    void everySignMethodWithoutTimestamp(String method, String expected) {
        MqttCredentials c = new DeviceSecretLogin(METER, DS).signMethod(SignMethod.parse(method)).build();
        assertEquals(expected, c.password());
        assertEquals("i2uqc2dloOl.device001|securemode=2,signmethod=" + method + "|", c.clientId());
    }

    @Test
    void anyClientIdAndPlainTcp() {
        MqttCredentials c = new DeviceSecretLogin(METER, DS).clientId("864430010001091")
                .signMethod(SignMethod.HMACSHA1).secureMode("3").build();
        assertEquals("864430010001091|securemode=3,signmethod=hmacsha1|", c.clientId());
        assertEquals("349afb58de794bbc06ff648a80175a71e629c595", c.password());
    }

    @Test
    void rejectsBadInputWithOneSentence() {
        assertEquals("client id is 65 characters; Aliyun allows at most 64",
                assertThrows(AliyunInputException.class,
                        () -> new DeviceSecretLogin(METER, DS).clientId("x".repeat(65)).build()).getMessage());
        assertEquals("client id \"a|b\" contains '|', which breaks the client-id framing",
                assertThrows(AliyunInputException.class,
                        () -> new DeviceSecretLogin(METER, DS).clientId("a|b").build()).getMessage());
        assertEquals("securemode 1 is not valid for a device secret login; use 2 (TLS) or 3 (plain TCP)",
                assertThrows(AliyunInputException.class,
                        () -> new DeviceSecretLogin(METER, DS).secureMode("1").build()).getMessage());
        assertThrows(AliyunInputException.class, () -> new DeviceSecretLogin(METER, DS).timestamp("12:00").build());
        assertEquals("device secret must not be empty",
                assertThrows(AliyunInputException.class, () -> new DeviceSecretLogin(METER, "")).getMessage());
    }
}
