package io.atflow.sim.mqtt;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;

/** The MQTT packets a module sends, built from its AT+QMTCFG settings and AT command parameters. */
final class Packets {
    private Packets() {
    }

    static MqttConnectMessage connect(MqttSettings s, String clientId, String user, String password) {
        MqttMessageBuilders.ConnectBuilder b = MqttMessageBuilders.connect()
                .protocolVersion(s.version == 3 ? MqttVersion.MQTT_3_1 : MqttVersion.MQTT_3_1_1)
                .clientId(clientId).cleanSession(s.cleanSession).keepAlive(s.keepAlive)
                .hasUser(user != null).username(user)
                .hasPassword(password != null)
                .password(password == null ? null : password.getBytes(StandardCharsets.UTF_8));
        if (s.will) {
            b.willFlag(true).willQoS(MqttQoS.valueOf(s.willQos)).willRetain(s.willRetain).willTopic(s.willTopic)
                    .willMessage(s.willMessage.getBytes(StandardCharsets.UTF_8));
        }
        return b.build();
    }

    static MqttMessage subscribe(int id, List<String> topics, List<Integer> qos) {
        MqttMessageBuilders.SubscribeBuilder b = MqttMessageBuilders.subscribe().messageId(id);
        for (int i = 0; i < topics.size(); i++) {
            b.addSubscription(MqttQoS.valueOf(qos.get(i)), topics.get(i));
        }
        return b.build();
    }

    static MqttMessage unsubscribe(int id, List<String> topics) {
        MqttMessageBuilders.UnsubscribeBuilder b = MqttMessageBuilders.unsubscribe().messageId(id);
        topics.forEach(b::addTopicFilter);
        return b.build();
    }

    static MqttPublishMessage publish(int id, int qos, boolean retain, String topic, byte[] payload, boolean dup) {
        return new MqttPublishMessage(new MqttFixedHeader(MqttMessageType.PUBLISH, dup, MqttQoS.valueOf(qos),
                retain, 0), new MqttPublishVariableHeader(topic, id), Unpooled.wrappedBuffer(payload));
    }

    /** PUBREC, PUBREL or PUBCOMP for a packet id (PUBREL carries QoS 1 in its fixed header). */
    static MqttMessage ack(MqttMessageType type, int id) {
        MqttQoS qos = type == MqttMessageType.PUBREL ? MqttQoS.AT_LEAST_ONCE : MqttQoS.AT_MOST_ONCE;
        return new MqttMessage(new MqttFixedHeader(type, false, qos, false, 0), MqttMessageIdVariableHeader.from(id));
    }

    static int packetId(MqttMessage msg) {
        return ((MqttMessageIdVariableHeader) msg.variableHeader()).messageId();
    }
}
