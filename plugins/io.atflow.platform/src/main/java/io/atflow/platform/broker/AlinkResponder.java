package io.atflow.platform.broker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.BiConsumer;

import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.atflow.platform.ThingModels;
import io.atflow.platform.alink.AlinkReply;
import io.atflow.platform.alink.EventPost;
import io.moquette.interception.messages.InterceptPublishMessage;

/**
 * Sees every publish the broker accepted: reports it, and answers Alink event posts
 * ({@code /sys/<pk>/<dn>/thing/event/<identifier>/post}, property posts included) on the matching {@code _reply}
 * topic with {@link AlinkReply}, checked against the product's thing model when the platform has one; a refused post
 * is also logged ({@link PlatformEvent.PostRefused}), as Aliyun's cloud log records it.
 */
final class AlinkResponder extends PlatformInterceptor {
    private final PlatformEvents events;
    private final Clock clock;
    private final BiConsumer<String, String> publish;
    private final ThingModels models;

    /** @param publish sends (topic, payload) from the platform to the devices subscribed to it */
    AlinkResponder(PlatformEvents events, Clock clock, BiConsumer<String, String> publish, ThingModels models) {
        super("atflow-alink-responder", InterceptPublishMessage.class);
        this.models = models;
        this.events = events;
        this.clock = clock;
        this.publish = publish;
    }

    @Override
    public void onPublish(InterceptPublishMessage msg) {
        try {
            String topic = msg.getTopicName();
            String payload = msg.getPayload().toString(StandardCharsets.UTF_8);
            events.emit(new PlatformEvent.Published(clock.instant(), BrokerIdentity.deviceOf(msg.getUsername()),
                    topic, msg.getPayload().readableBytes()));
            EventPost.of(topic).ifPresent(post -> {
                AlinkReply.Answer answer = post.answer(payload, models);
                if (answer.refused() != null) {
                    events.emit(PlatformEvent.PostRefused.of(clock.instant(), post.productKey() + "/"
                            + post.deviceName(), topic, answer.refused()));
                }
                publish.accept(post.replyTopic(), answer.json());
            });
        } finally {
            msg.getPayload().release();
        }
    }
}
