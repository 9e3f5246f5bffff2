package io.atflow.aliyun;

import java.util.LinkedHashMap;
import java.util.Map;

/** MQTT dynamic registration with the ProductSecret (one product, one secret): {@code register} or {@code regnwl}. */
public final class ProductSecretLogin {
    private final DeviceIdentity identity;
    private final String productSecret;
    private final AuthType authType;
    private final String random;
    private String clientId;
    private SignMethod signMethod = SignMethod.HMACSHA256;
    private String instanceId;
    private String secureMode;

    public ProductSecretLogin(DeviceIdentity identity, String productSecret, AuthType authType, String random) {
        if (authType == AuthType.CONNWL) {
            throw new AliyunInputException("auth type connwl logs in with a device token, not the product secret");
        }
        this.identity = identity;
        this.productSecret = Values.secret("product secret", productSecret);
        this.authType = authType;
        this.random = Values.framed("random", random);
        this.clientId = identity.defaultClientId();
        this.secureMode = authType.secureMode();
    }

    public ProductSecretLogin clientId(String value) {
        this.clientId = value;
        return this;
    }

    public ProductSecretLogin signMethod(SignMethod value) {
        this.signMethod = value;
        return this;
    }

    /** The instance id of an enterprise instance, or {@code null} for none. */
    public ProductSecretLogin instanceId(String value) {
        this.instanceId = value;
        return this;
    }

    public ProductSecretLogin secureMode(String value) {
        this.secureMode = value;
        return this;
    }

    public MqttCredentials build() {
        Values.clientId(clientId);
        if (!authType.secureMode().equals(secureMode)) {
            throw new AliyunInputException("authType " + authType.wireName() + " requires securemode "
                    + authType.secureMode() + ", not " + secureMode);
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("securemode", secureMode);
        params.put("authType", authType.wireName());
        params.put("random", random);
        params.put("signmethod", signMethod.wireName());
        if (instanceId != null) {
            params.put("instanceId", Values.framed("instance id", instanceId));
        }
        String password = Hmac.hex(signMethod, productSecret, SignContent.productSecret(identity, random));
        return new MqttCredentials(new ClientIdFrame(clientId, params).format(), identity.username(), password);
    }
}
