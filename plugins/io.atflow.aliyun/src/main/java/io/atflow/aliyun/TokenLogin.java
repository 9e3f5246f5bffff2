package io.atflow.aliyun;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Login of a registration-free device ({@code authType=connwl}) with the client id and DeviceToken that its
 * {@code regnwl} registration returned.
 */
public final class TokenLogin {
    private TokenLogin() {
    }

    public static MqttCredentials credentials(DeviceIdentity identity, String issuedClientId, String deviceToken) {
        Values.clientId(issuedClientId);
        Values.secret("device token", deviceToken);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("securemode", AuthType.CONNWL.secureMode());
        params.put("authType", AuthType.CONNWL.wireName());
        return new MqttCredentials(new ClientIdFrame(issuedClientId, params).format(), identity.username(), deviceToken);
    }
}
