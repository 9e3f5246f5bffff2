package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdentityTest {
    @Test
    void usernameIsDeviceNameAmpersandProductKey() {
        assertEquals("meter001&i2uqZnX9tZK", new DeviceIdentity("i2uqZnX9tZK", "meter001").username());
    }

    @Test
    void emptyDeviceNameIsRejected() {
        assertEquals("device name must not be empty",
                assertThrows(AliyunInputException.class, () -> new DeviceIdentity("pk", "")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "abc", "dev,ice", "dev|ice", "dev ice", "ddddddddddddddddddddddddddddddddd" })
    void deviceNamesOutsideAliyunsRuleAreRejected(String name) {
        assertThrows(AliyunInputException.class, () -> new DeviceIdentity("i2uqZnX9tZK", name));
    }

    @ParameterizedTest
    @ValueSource(strings = { "a,b", "a|b", "a&b", "" })
    void productKeysThatBreakFramingAreRejected(String pk) {
        assertThrows(AliyunInputException.class, () -> new DeviceIdentity(pk, "device001"));
    }

    @Test
    void controlCharactersAreShownEscaped() {
        assertEquals("device name \"dev\\u0007ice\" contains a control character, which breaks the client-id framing",
                assertThrows(AliyunInputException.class, () -> new DeviceIdentity("pk1", "dev\u0007ice")).getMessage());
    }
}
