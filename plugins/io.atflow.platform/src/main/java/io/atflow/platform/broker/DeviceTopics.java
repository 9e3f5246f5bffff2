package io.atflow.platform.broker;

/**
 * Aliyun's topic ownership: a device publishes and subscribes only under {@code /sys/<pk>/<dn>/} and
 * {@code /<pk>/<dn>/} (custom topics), wildcards included, never in another device's space.
 */
public final class DeviceTopics {
    private DeviceTopics() {
    }

    /** @param username a broker user name {@code deviceName&productKey} */
    public static boolean owns(String username, String topic) {
        int amp = username == null ? -1 : username.indexOf('&');
        if (amp <= 0 || topic == null) {
            return false;
        }
        String device = username.substring(amp + 1) + "/" + username.substring(0, amp) + "/";
        return topic.startsWith("/sys/" + device) || topic.startsWith("/" + device);
    }
}
