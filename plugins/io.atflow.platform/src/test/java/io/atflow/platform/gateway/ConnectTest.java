package io.atflow.platform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.atflow.platform.broker.BrokerIdentity;
import io.atflow.platform.registry.Device;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttMessageBuilders;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttVersion;

/** Aliyun has no will messages ("不支持 will、retain msg"): the broker never gets a device's will. */
class ConnectTest {
    @Test
    void theBrokerGetsNoWill() {
        MqttConnectMessage device = MqttMessageBuilders.connect().protocolVersion(MqttVersion.MQTT_3_1_1)
                .clientId("x").keepAlive(60).cleanSession(true).willFlag(true).willQoS(MqttQoS.AT_LEAST_ONCE)
                .willTopic("/i2uqc2dloOl/device001/user/update").willMessage("gone".getBytes(StandardCharsets.UTF_8))
                .willRetain(true).build();
        MqttConnectMessage broker = Connect.forBroker(device,
                BrokerIdentity.of(Device.fresh("i2uqc2dloOl", "device001"), true, 1), "ticket");
        assertFalse(broker.variableHeader().isWillFlag());
        assertFalse(broker.variableHeader().isWillRetain());
        assertEquals(0, broker.variableHeader().willQos());
        assertNull(broker.payload().willTopic());
        assertEquals(60, broker.variableHeader().keepAliveTimeSeconds());
        assertEquals("device001&i2uqc2dloOl", broker.payload().userName());
    }
}
