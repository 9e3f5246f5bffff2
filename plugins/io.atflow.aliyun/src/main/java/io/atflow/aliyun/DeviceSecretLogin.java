package io.atflow.aliyun;

import java.util.LinkedHashMap;
import java.util.Map;

/** MQTT credentials of a device that knows its DeviceSecret (one device, one secret). */
public final class DeviceSecretLogin {
    private final DeviceIdentity identity;
    private final String deviceSecret;
    private String clientId;
    private SignMethod signMethod = SignMethod.HMACSHA256;
    private String timestamp;
    private String secureMode = "2";

    public DeviceSecretLogin(DeviceIdentity identity, String deviceSecret) {
        this.identity = identity;
        this.deviceSecret = Values.secret("device secret", deviceSecret);
        this.clientId = identity.defaultClientId();
    }

    public DeviceSecretLogin clientId(String value) {
        this.clientId = value;
        return this;
    }

    public DeviceSecretLogin signMethod(SignMethod value) {
        this.signMethod = value;
        return this;
    }

    /** Milliseconds since 1970 as decimal digits, or {@code null} to leave the timestamp out. */
    public DeviceSecretLogin timestamp(String value) {
        this.timestamp = value;
        return this;
    }

    /** {@code 2} (TLS) or {@code 3} (plain TCP). */
    public DeviceSecretLogin secureMode(String value) {
        this.secureMode = value;
        return this;
    }

    public MqttCredentials build() {
        Values.clientId(clientId);
        if (timestamp != null) {
            Values.timestamp(timestamp);
        }
        if (!"2".equals(secureMode) && !"3".equals(secureMode)) {
            throw new AliyunInputException("securemode " + secureMode
                    + " is not valid for a device secret login; use 2 (TLS) or 3 (plain TCP)");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("securemode", secureMode);
        params.put("signmethod", signMethod.wireName());
        if (timestamp != null) {
            params.put("timestamp", timestamp);
        }
        String password = Hmac.hex(signMethod, deviceSecret, SignContent.deviceSecret(clientId, identity, timestamp));
        return new MqttCredentials(new ClientIdFrame(clientId, params).format(), identity.username(), password);
    }
}
