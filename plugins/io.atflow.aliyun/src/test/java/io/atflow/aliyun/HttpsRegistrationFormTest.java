package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class HttpsRegistrationFormTest {
    static final DeviceIdentity DEVICE = new DeviceIdentity("i2uqzmkZsLG", "device001");

    @Test
    void bodyHasTheNotesFieldOrderAndSign() {
        assertEquals("productKey=i2uqzmkZsLG&deviceName=device001&random=003"
                + "&sign=1454378dd22b9bb0a4fea944e52fdc1bd9455984&signMethod=hmacsha1",
                HttpsRegistrationForm.body(DEVICE, "TestProductSecret123", "003", SignMethod.HMACSHA1));
    }

    @Test
    void decodeRoundTrips() {
        Map<String, String> fields = HttpsRegistrationForm.fields(DEVICE, "s", "a b", SignMethod.HMACMD5);
        assertEquals(fields, HttpsRegistrationForm.decode(HttpsRegistrationForm.encode(fields)));
        assertThrows(AliyunInputException.class, () -> HttpsRegistrationForm.decode("productKey"));
    }
}
