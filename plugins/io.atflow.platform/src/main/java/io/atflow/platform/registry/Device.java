package io.atflow.platform.registry;

/**
 * A device of the registry. {@code deviceSecret} is {@code null} until one is known or issued;
 * {@code issuedClientId} and {@code deviceToken} are the latest {@code regnwl} result of a registration-free device,
 * or both {@code null}.
 */
public record Device(String productKey, String deviceName, String deviceSecret, boolean activated, boolean enabled,
        String issuedClientId, String deviceToken) {

    /** A new, enabled, not yet activated device without secret. */
    public static Device fresh(String productKey, String deviceName) {
        return new Device(productKey, deviceName, null, false, true, null, null);
    }

    /** {@code productKey/deviceName}, the way the registry file and secret references name a device. */
    public String key() {
        return key(productKey, deviceName);
    }

    public static String key(String productKey, String deviceName) {
        return productKey + "/" + deviceName;
    }

    public Device withSecret(String secret) {
        return new Device(productKey, deviceName, secret, activated, enabled, issuedClientId, deviceToken);
    }

    public Device withActivated(boolean value) {
        return new Device(productKey, deviceName, deviceSecret, value, enabled, issuedClientId, deviceToken);
    }

    public Device withToken(String clientId, String token) {
        return new Device(productKey, deviceName, deviceSecret, activated, enabled, clientId, token);
    }
}
