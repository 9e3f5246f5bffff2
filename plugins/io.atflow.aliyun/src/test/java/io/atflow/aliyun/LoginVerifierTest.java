package io.atflow.aliyun;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginVerifierTest {
    static final DeviceIdentity METER = new DeviceIdentity("i2uqc2dloOl", "device001");
    static final String DS = "c4fa40df9c8078073d75a26be2bc8f58";

    @Test
    void acceptsTheVectorAndRejectsTamperedCredentials() {
        ClientIdFrame frame = ClientIdFrame
                .parse("i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|");
        String good = "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db";
        assertTrue(LoginVerifier.deviceSecret(frame, METER, DS, good));
        assertTrue(LoginVerifier.deviceSecret(frame, METER, DS, good.toUpperCase()));
        assertFalse(LoginVerifier.deviceSecret(frame, METER, DS, good.replace('d', 'e')));
        assertFalse(LoginVerifier.deviceSecret(frame, METER, "wrong-secret", good));
        ClientIdFrame otherTime = ClientIdFrame
                .parse("i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625135|");
        assertFalse(LoginVerifier.deviceSecret(otherTime, METER, DS, good));
    }

    @Test
    void productSecretAndTokenModes() {
        DeviceIdentity meter = new DeviceIdentity("i2uqZnX9tZK", "meter001");
        MqttCredentials c = new ProductSecretLogin(meter, "ps", AuthType.REGISTER, "77").build();
        assertTrue(LoginVerifier.productSecret(ClientIdFrame.parse(c.clientId()), meter, "ps", c.password()));
        assertFalse(LoginVerifier.productSecret(ClientIdFrame.parse(c.clientId()), meter, "px", c.password()));
        assertTrue(LoginVerifier.token("^1^abc", "^1^abc"));
        assertFalse(LoginVerifier.token("^1^abc", "^1^abd"));
        assertFalse(LoginVerifier.token("^1^abc", null));
    }

    @Test
    void missingSignMethodIsAnInputError() {
        assertThrows(AliyunInputException.class,
                () -> LoginVerifier.deviceSecret(ClientIdFrame.parse("x|securemode=2|"), METER, DS, "00"));
    }
}
