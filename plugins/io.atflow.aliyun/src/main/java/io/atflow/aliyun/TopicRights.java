package io.atflow.aliyun;

import java.util.EnumSet;
import java.util.Set;

/**
 * Aliyun IoT's topic classes: what a device may do with a topic of its own. The console lists each class with its
 * right ("发布" publish, "订阅" subscribe; the application note's section 4.1.3 shows the list of device001): a device
 * publishes its requests (property and event posts, {@code /thing/deviceinfo/update}, ...) and subscribes to their
 * {@code _reply}; it subscribes to what the cloud sends it (service calls, {@code /thing/config/push}, RRPC
 * requests) and publishes the replies. The default custom classes are {@code /<pk>/<dn>/user/update} and
 * {@code .../update/error} (publish) and {@code .../user/get} (subscribe), the same without {@code user/} for products of the older topic layout; other {@code /user/} classes are defined per
 * product in the console, so both rights are assumed. A topic outside the device's own {@code /sys/<pk>/<dn>/} and
 * {@code /<pk>/<dn>/} spaces gives no right at all. Wildcard filters are allowed for subscriptions in the device's
 * own space.
 */
public final class TopicRights {
    public enum Right { PUBLISH, SUBSCRIBE }

    private static final Set<Right> PUB = EnumSet.of(Right.PUBLISH);
    private static final Set<Right> SUB = EnumSet.of(Right.SUBSCRIBE);
    private static final Set<Right> BOTH = EnumSet.allOf(Right.class);
    private static final Set<Right> NONE = EnumSet.noneOf(Right.class);

    private TopicRights() {
    }

    /** The rights device {@code productKey/deviceName} has on {@code topic} (a topic filter for subscriptions). */
    public static Set<Right> of(String productKey, String deviceName, String topic) {
        if (topic == null || productKey == null || deviceName == null) {
            return NONE;
        }
        String sys = "/sys/" + productKey + "/" + deviceName + "/";
        String custom = "/" + productKey + "/" + deviceName + "/";
        if (topic.startsWith(sys)) {
            return system(topic.substring(sys.length()));
        }
        if (topic.startsWith(custom)) {
            return customClass(topic.substring(custom.length()));
        }
        return NONE;
    }

    /** Human words for a set of rights: "publish only", "subscribe only", ... */
    public static String describe(Set<Right> rights) {
        if (rights.equals(BOTH)) {
            return "publish and subscribe";
        }
        return rights.contains(Right.PUBLISH) ? "publish only" : rights.contains(Right.SUBSCRIBE) ? "subscribe only"
                : "neither publish nor subscribe";
    }

    private static Set<Right> system(String rest) {
        if (wildcard(rest)) {
            return SUB;
        }
        if (rest.startsWith("rrpc/request/")) {
            return SUB;
        }
        if (rest.startsWith("rrpc/response/")) {
            return PUB;
        }
        if (!rest.startsWith("thing/")) {
            return BOTH;
        }
        boolean reply = rest.endsWith("_reply");
        return cloudInitiated(rest) ? (reply ? PUB : SUB) : (reply ? SUB : PUB);
    }

    /** Requests that the cloud sends the device: service calls (property/set included) and configuration pushes. */
    private static boolean cloudInitiated(String rest) {
        return rest.startsWith("thing/service/") || rest.startsWith("thing/config/push")
                || rest.startsWith("thing/model/down_raw");
    }

    private static Set<Right> customClass(String rest) {
        if (wildcard(rest)) {
            return SUB;
        }
        return switch (rest) {
            case "user/update", "user/update/error", "update", "update/error" -> PUB;
            case "user/get", "get" -> SUB;
            default -> BOTH;
        };
    }

    private static boolean wildcard(String rest) {
        return rest.contains("+") || rest.contains("#");
    }
}
