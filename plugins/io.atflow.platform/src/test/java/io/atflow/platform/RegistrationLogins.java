package io.atflow.platform;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.ProductSecretLogin;
import io.atflow.aliyun.SignMethod;

/** Registration credentials as the application note's modules send them. */
final class RegistrationLogins {
    private RegistrationLogins() {
    }

    static MqttCredentials mqtt(IotPlatform platform, String pk, String dn, AuthType type) {
        String secret = platform.registry().secret(pk).orElseThrow();
        return new ProductSecretLogin(new DeviceIdentity(pk, dn), secret, type, "123").clientId("864430010001091")
                .signMethod(SignMethod.HMACSHA1).instanceId("iot-06z00hxss3rggno").build();
    }
}
