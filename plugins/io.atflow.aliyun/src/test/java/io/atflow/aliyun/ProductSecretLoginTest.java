package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductSecretLoginTest {
    static final DeviceIdentity METER = new DeviceIdentity("i2uqZnX9tZK", "meter001");
    static final String PS = "TestProductSecret123";

    @ParameterizedTest
    @CsvSource({
        "hmacmd5,    51eec2d08fd596cbfef27736ec338ba6",
        "hmacsha1,   a29a7c87a848fdccc696c7fc3d57ba0a436965f0",
        "hmacsha256, 29e94e4dec603ad8fb247e9fbcb52a69fbaf2996b3cbcbd74eed6a43b8a47935" })
    void registerSignsDeviceNameProductKeyRandom(String method, String expected) {
        MqttCredentials c = new ProductSecretLogin(METER, PS, AuthType.REGISTER, "123").clientId("864430010001091")
                .signMethod(SignMethod.parse(method)).instanceId("iot-06z00hxss3rggno").build();
        assertEquals("864430010001091|securemode=2,authType=register,random=123,signmethod=" + method
                + ",instanceId=iot-06z00hxss3rggno|", c.clientId());
        assertEquals("meter001&i2uqZnX9tZK", c.username());
        assertEquals(expected, c.password());
    }

    @Test
    void regnwlUsesSecureModeMinusTwo() {
        MqttCredentials c = new ProductSecretLogin(METER, PS, AuthType.REGNWL, "123").clientId("meter001")
                .signMethod(SignMethod.HMACSHA1).build();
        assertEquals("meter001|securemode=-2,authType=regnwl,random=123,signmethod=hmacsha1|", c.clientId());
        assertEquals("a29a7c87a848fdccc696c7fc3d57ba0a436965f0", c.password());
    }

    @Test
    void mismatchingSecureModeIsRejected() {
        assertEquals("authType regnwl requires securemode -2, not 2", assertThrows(AliyunInputException.class,
                () -> new ProductSecretLogin(METER, PS, AuthType.REGNWL, "1").secureMode("2").build()).getMessage());
    }

    @Test
    void randomMustNotBreakFraming() {
        assertThrows(AliyunInputException.class, () -> new ProductSecretLogin(METER, PS, AuthType.REGISTER, "1,2"));
        assertThrows(AliyunInputException.class, () -> new ProductSecretLogin(METER, PS, AuthType.REGISTER, ""));
    }

    @Test
    void connwlIsATokenLogin() {
        MqttCredentials c = TokenLogin.credentials(new DeviceIdentity("i2uq9ORmOSM", "Kit001"),
                "IXywJDukE7AKzOsfbvmZ000100", "^1^1681710731098^563fbcfe8c38f88");
        assertEquals("IXywJDukE7AKzOsfbvmZ000100|securemode=-2,authType=connwl|", c.clientId());
        assertEquals("Kit001&i2uq9ORmOSM", c.username());
        assertEquals("^1^1681710731098^563fbcfe8c38f88", c.password());
        assertThrows(AliyunInputException.class,
                () -> new ProductSecretLogin(METER, PS, AuthType.CONNWL, "1"));
    }
}
