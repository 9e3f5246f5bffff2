package io.atflow.platform.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.atflow.platform.registry.Device;

/**
 * How an authenticated device appears inside the embedded broker. The client id is derived from the device (so a
 * second login of the same device takes over the first one's session, as on Aliyun) and is 23 characters, which
 * MQTT 3.1 allows; the user name is {@code deviceName&productKey}, which the topic policy reads.
 */
public record BrokerIdentity(String clientId, String username) {

    public static BrokerIdentity of(Device device) {
        return new BrokerIdentity(clientIdOf(device.key()), device.deviceName() + "&" + device.productKey());
    }

    /** The broker client id of the device {@code ProductKey/DeviceName}. */
    public static String clientIdOf(String deviceKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceKey.getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(digest).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
        }
    }

    /** {@code ProductKey/DeviceName} of a broker user name, or the user name itself if it is not one of ours. */
    public static String deviceOf(String username) {
        int amp = username == null ? -1 : username.indexOf('&');
        return amp < 0 ? String.valueOf(username) : username.substring(amp + 1) + "/" + username.substring(0, amp);
    }
}
