package io.atflow.platform.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.atflow.platform.registry.Device;

/**
 * How one connection of an authenticated device appears inside the embedded broker; the user name is
 * {@code deviceName&productKey}, which the topic policy reads. Client ids are 23 characters, which MQTT 3.1 allows.
 * A clean session gets a client id of its own connection, so a device that logs in again while the broker still winds
 * up its previous connection never has that session handed over to (and torn down under) the new one; the gateway
 * itself closes a device's previous connection, as Aliyun does. A persistent session (clean-session flag 0) has the
 * device's own client id, under which the broker keeps it from one connection to the next.
 */
public record BrokerIdentity(String clientId, String username) {

    /** The identity of connection number {@code connection} of {@code device}. */
    public static BrokerIdentity of(Device device, boolean cleanSession, long connection) {
        String id = cleanSession
                ? "c" + digest(device.key()).substring(0, 14) + HexFormat.of().toHexDigits((int) connection)
                : "d" + digest(device.key()).substring(0, 22);
        return new BrokerIdentity(id, usernameOf(device));
    }

    /** The broker user name of {@code device}: {@code deviceName&productKey}. */
    public static String usernameOf(Device device) {
        return device.deviceName() + "&" + device.productKey();
    }

    private static String digest(String deviceKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(deviceKey.getBytes(StandardCharsets.UTF_8)));
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
