package io.atflow.platform.gateway;

import java.nio.charset.StandardCharsets;

import io.atflow.platform.ConnackCodes;
import io.atflow.platform.Upstream;
import io.atflow.platform.broker.BrokerIdentity;
import io.atflow.platform.registry.Device;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectPayload;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttConnectVariableHeader;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;

/** The MQTT packets the gateway writes itself. */
final class Connect {
    private Connect() {
    }

    /**
     * The device's CONNECT as the broker sees it: same protocol level, clean-session flag and keep-alive, but the
     * broker identity of the authenticated device and a one-time ticket as password, and no will: Aliyun does not
     * support will messages ("不支持 will、retain msg"), so a device's will is never published.
     */
    static MqttConnectMessage forBroker(MqttConnectMessage original, BrokerIdentity id, String ticket) {
        MqttConnectVariableHeader v = original.variableHeader();
        return new MqttConnectMessage(new MqttFixedHeader(MqttMessageType.CONNECT, false, MqttQoS.AT_MOST_ONCE,
                false, 0),
                new MqttConnectVariableHeader(v.name(), v.version(), true, true, false, 0, false,
                        v.isCleanSession(), v.keepAliveTimeSeconds()),
                new MqttConnectPayload(id.clientId(), null, null, (byte[]) null, id.username(),
                        ticket.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The device's CONNECT as the upstream broker sees it: MQTT 3.1.1 whatever the device spoke (3.1 limits client
     * ids to 23 characters), the device's clean-session flag and keep-alive, no will (Aliyun has none), the
     * upstream's client id and user name of the device and its configured password.
     */
    static MqttConnectMessage forUpstream(MqttConnectMessage original, Upstream up, Device device) {
        MqttConnectVariableHeader v = original.variableHeader();
        byte[] password = up.password() == null ? null : up.password().getBytes(StandardCharsets.UTF_8);
        return new MqttConnectMessage(new MqttFixedHeader(MqttMessageType.CONNECT, false, MqttQoS.AT_MOST_ONCE,
                false, 0),
                new MqttConnectVariableHeader("MQTT", 4, true, password != null, false, 0, false,
                        v.isCleanSession(), v.keepAliveTimeSeconds()),
                new MqttConnectPayload(up.clientIdOf(device), null, null, (byte[]) null, up.usernameOf(device),
                        password));
    }

    /** The upstream's CONNACK as the device gets it: MQTT 3.1 has no session-present flag. */
    static MqttConnAckMessage connackFromUpstream(MqttConnAckMessage ack, int protocolLevel) {
        return MqttMessageBuilders.connAck().returnCode(ack.variableHeader().connectReturnCode())
                .sessionPresent(protocolLevel >= 4 && ack.variableHeader().isSessionPresent()).build();
    }

    static MqttConnAckMessage connack(int code, int protocolLevel) {
        MqttConnectReturnCode rc = protocolLevel == 5 && code == ConnackCodes.UNACCEPTABLE_PROTOCOL_VERSION
                ? MqttConnectReturnCode.CONNECTION_REFUSED_UNSUPPORTED_PROTOCOL_VERSION
                : MqttConnectReturnCode.valueOf((byte) code);
        return MqttMessageBuilders.connAck().returnCode(rc).sessionPresent(false).build();
    }

    /** The QoS 0 PUBLISH that carries a registration result. */
    static MqttPublishMessage publish(String topic, String payload) {
        return MqttMessageBuilders.publish().topicName(topic).qos(MqttQoS.AT_MOST_ONCE).retained(false)
                .messageId(0).payload(Unpooled.copiedBuffer(payload, StandardCharsets.UTF_8)).build();
    }
}
