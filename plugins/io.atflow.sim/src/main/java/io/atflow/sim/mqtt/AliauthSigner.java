package io.atflow.sim.mqtt;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.SignMethod;

/**
 * What a Quectel module does with AT+QMTCFG="aliauth": it builds the Aliyun credentials from the device triple
 * itself, {@code <clientId>|securemode=2|3,signmethod=hmacsha256,timestamp=<now>|}, user {@code dn&pk}, password
 * HMAC-SHA256 over the sorted parameters. securemode is 2 over TLS and 3 over plain TCP.
 */
final class AliauthSigner {
    private AliauthSigner() {
    }

    /** @throws io.atflow.aliyun.AliyunInputException when the triple or the client id breaks Aliyun's rules */
    static MqttCredentials sign(MqttSettings s, String clientId, boolean tls, long nowMillis) {
        return new DeviceSecretLogin(new DeviceIdentity(s.productKey, s.deviceName), s.deviceSecret)
                .clientId(clientId)
                .signMethod(SignMethod.HMACSHA256)
                .timestamp(Long.toString(nowMillis))
                .secureMode(tls ? "2" : "3")
                .build();
    }
}
