package io.atflow.platform.alink;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.atflow.aliyun.tsl.AlinkTopic;
import io.atflow.aliyun.tsl.ThingModel;
import io.atflow.aliyun.tsl.TslCheck;
import io.atflow.platform.ThingModels;

/**
 * An Alink event post, {@code /sys/<pk>/<dn>/thing/event/<identifier>/post} (property posts included), which the
 * platform answers on the same topic plus {@code _reply} with {@link AlinkReply}.
 */
public record EventPost(String productKey, String deviceName, String identifier, String topic) {
    private static final Pattern TOPIC = Pattern.compile("/sys/([^/]+)/([^/]+)/thing/event/([^/]+)/post");
    /** The subscription that sees every device's event posts. */
    public static final String ALL = "/sys/+/+/thing/event/+/post";

    /** The post {@code topic} names, or empty when it is not an event post. */
    public static Optional<EventPost> of(String topic) {
        Matcher m = TOPIC.matcher(topic);
        return m.matches() ? Optional.of(new EventPost(m.group(1), m.group(2), m.group(3), topic)) : Optional.empty();
    }

    public String replyTopic() {
        return topic + "_reply";
    }

    /** The reply JSON to the post's {@code request} body, checked against its product's model when there is one. */
    public String reply(String request, ThingModels models) {
        return answer(request, models).json();
    }

    /** The reply to the post's {@code request} body and the violation it was refused for, if any. */
    public AlinkReply.Answer answer(String request, ThingModels models) {
        String method = "thing.event." + identifier + ".post";
        Optional<ThingModel> model = models.of(productKey);
        Optional<AlinkTopic> alink = AlinkTopic.of(topic);
        if (model.isEmpty() || alink.isEmpty()) {
            return AlinkReply.answer(method, request, body -> List.of());
        }
        TslCheck check = new TslCheck(model.get(), (name, known) -> List.of());
        return AlinkReply.answer(method, request, body -> check.check(alink.get(), body));
    }
}
