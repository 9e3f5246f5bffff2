package io.atflow.aliyun.tsl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Alink topic a device publishes on whose payload the thing model governs: a property post
 * ({@code /sys/<pk>/<dn>/thing/event/property/post}), an event post ({@code .../thing/event/<id>/post}) or a
 * service reply ({@code .../thing/service/<id>_reply}), with the {@code method} its request must carry.
 */
public record AlinkTopic(Kind kind, String productKey, String deviceName, String identifier) {
    public enum Kind { PROPERTY_POST, EVENT_POST, SERVICE_REPLY }

    private static final Pattern EVENT = Pattern.compile("/sys/([^/]+)/([^/]+)/thing/event/([^/]+)/post");
    private static final Pattern SERVICE = Pattern.compile("/sys/([^/]+)/([^/]+)/thing/service/([^/]+)_reply");

    public static Optional<AlinkTopic> of(String topic) {
        if (topic == null) {
            return Optional.empty();
        }
        Matcher m = EVENT.matcher(topic);
        if (m.matches()) {
            Kind k = m.group(3).equals("property") ? Kind.PROPERTY_POST : Kind.EVENT_POST;
            return Optional.of(new AlinkTopic(k, m.group(1), m.group(2), m.group(3)));
        }
        m = SERVICE.matcher(topic);
        if (m.matches()) {
            return Optional.of(new AlinkTopic(Kind.SERVICE_REPLY, m.group(1), m.group(2), m.group(3)));
        }
        return Optional.empty();
    }

    /** The method of the request ({@code thing.event.property.post}, {@code thing.service.reboot}). */
    public String method() {
        return switch (kind) {
            case PROPERTY_POST -> "thing.event.property.post";
            case EVENT_POST -> "thing.event." + identifier + ".post";
            case SERVICE_REPLY -> "thing.service." + identifier.replace('/', '.');
        };
    }
}
