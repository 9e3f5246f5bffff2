package io.atflow.platform.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubAckPayload;

/**
 * Topics of a device's SUBSCRIBE that the gateway refused and did not pass upstream, by packet id, so the upstream's
 * SUBACK can be given back to the device with 0x80 in their places. Used on one event loop only.
 */
final class SubscriptionMasks {
    static final int FAILURE = 0x80;
    private final Map<Integer, boolean[]> refused = new HashMap<>();

    void put(int packetId, boolean[] refusedTopics) {
        refused.put(packetId, refusedTopics);
    }

    /** The SUBACK the device gets: the upstream's return codes with the refused topics' 0x80 put back in place. */
    MqttSubAckMessage apply(MqttSubAckMessage ack) {
        boolean[] mask = refused.remove(ack.variableHeader().messageId());
        if (mask == null) {
            return ack;
        }
        Iterator<Integer> granted = ack.payload().grantedQoSLevels().iterator();
        List<Integer> codes = new ArrayList<>();
        for (boolean r : mask) {
            codes.add(r || !granted.hasNext() ? FAILURE : granted.next());
        }
        return suback(ack.variableHeader().messageId(), codes);
    }

    static MqttSubAckMessage suback(int packetId, List<Integer> codes) {
        return new MqttSubAckMessage(new MqttFixedHeader(MqttMessageType.SUBACK, false, MqttQoS.AT_MOST_ONCE, false,
                0), MqttMessageIdVariableHeader.from(packetId),
                new MqttSubAckPayload(codes.stream().mapToInt(Integer::intValue).toArray()));
    }
}
