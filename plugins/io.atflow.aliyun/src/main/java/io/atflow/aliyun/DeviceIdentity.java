package io.atflow.aliyun;

/** ProductKey and DeviceName of a device; both checked against Aliyun's rules on creation. */
public record DeviceIdentity(String productKey, String deviceName) {

    public DeviceIdentity {
        Values.productKey(productKey);
        Values.deviceName(deviceName);
    }

    /** The MQTT user name Aliyun expects: {@code deviceName&productKey}. */
    public String username() {
        return deviceName + "&" + productKey;
    }

    /** The conventional default client id {@code productKey.deviceName}. */
    public String defaultClientId() {
        return productKey + "." + deviceName;
    }
}
