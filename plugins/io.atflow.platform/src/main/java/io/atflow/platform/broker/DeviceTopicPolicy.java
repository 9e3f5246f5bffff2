package io.atflow.platform.broker;

import java.time.Clock;
import java.util.function.Consumer;

import io.atflow.aliyun.TopicRights.Right;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformEvents;
import io.moquette.broker.security.IAuthorizatorPolicy;
import io.moquette.broker.subscriptions.Topic;

/**
 * The broker's authorization: {@link DeviceTopics}. A refused subscription gets SUBACK failure (0x80); a refused
 * publish is dropped and, as on Aliyun, the device is disconnected.
 */
final class DeviceTopicPolicy implements IAuthorizatorPolicy {
    private final PlatformEvents events;
    private final Clock clock;
    private final Consumer<String> disconnect;

    /** @param disconnect closes the device connection of a broker client id */
    DeviceTopicPolicy(PlatformEvents events, Clock clock, Consumer<String> disconnect) {
        this.events = events;
        this.clock = clock;
        this.disconnect = disconnect;
    }

    @Override
    public boolean canWrite(Topic topic, String user, String client) {
        boolean ok = DeviceTopics.may(user, topic.toString(), Right.PUBLISH);
        if (!ok) {
            events.emit(new PlatformEvent.Refused(clock.instant(), BrokerIdentity.deviceOf(user), "publish",
                    topic.toString()));
            disconnect.accept(client);
        }
        return ok;
    }

    @Override
    public boolean canRead(Topic topic, String user, String client) {
        boolean ok = DeviceTopics.may(user, topic.toString(), Right.SUBSCRIBE);
        if (!ok) {
            events.emit(new PlatformEvent.Refused(clock.instant(), BrokerIdentity.deviceOf(user), "subscribe",
                    topic.toString()));
        }
        return ok;
    }
}
