package io.atflow.aliyun;

/**
 * The strings Aliyun signs: the submitted parameter names and values concatenated in alphabetical order of the
 * names, without separators.
 */
public final class SignContent {
    private SignContent() {
    }

    /** One device, one secret: {@code clientId..deviceName..productKey..[timestamp..]}. */
    public static String deviceSecret(String clientId, DeviceIdentity id, String timestamp) {
        String content = "clientId" + clientId + "deviceName" + id.deviceName() + "productKey" + id.productKey();
        return timestamp == null ? content : content + "timestamp" + timestamp;
    }

    /** One product, one secret (MQTT register/regnwl and HTTPS): {@code deviceName..productKey..random..}. */
    public static String productSecret(DeviceIdentity id, String random) {
        return "deviceName" + id.deviceName() + "productKey" + id.productKey() + "random" + random;
    }
}
