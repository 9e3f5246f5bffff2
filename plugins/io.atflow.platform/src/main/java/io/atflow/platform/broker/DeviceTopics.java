package io.atflow.platform.broker;

import io.atflow.aliyun.TopicRights;
import io.atflow.aliyun.TopicRights.Right;

/**
 * Aliyun's topic ownership: a device publishes and subscribes only under {@code /sys/<pk>/<dn>/} and
 * {@code /<pk>/<dn>/} (custom topics), wildcards included, never in another device's space; and within its space
 * only as the topic's class allows ({@link TopicRights}: a property post is publish only, its reply subscribe only).
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

    /** Whether the device of broker user {@code username} may {@code right} {@code topic}. */
    public static boolean may(String username, String topic, Right right) {
        if (!owns(username, topic)) {
            return false;
        }
        int amp = username.indexOf('&');
        return TopicRights.of(username.substring(amp + 1), username.substring(0, amp), topic).contains(right);
    }
}
