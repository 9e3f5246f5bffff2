package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;

/** Property posts are answered on post_reply with the application note's Alink reply. */
@Timeout(60)
class PropertyPostTest {
    static final DeviceIdentity KIT = new DeviceIdentity("i2uqc2dloOl", "device001");
    static final String SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";
    static IotPlatform platform;

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static MqttCredentials plain() {
        return new DeviceSecretLogin(KIT, SECRET).secureMode("3").build();
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1 })
    void theNotesPostGetsTheNotesReply(int qos) throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, plain(), inbox);
        try {
            c.subscribe(POST + "_reply", qos);
            c.publish(POST, ("{\"id\":1681363292898,\"params\":{\"Temp\":23.9,\"Humi\":69,\"mlux\":825,"
                    + "\"LightStatus\":1},\"version\":\"1.0\",\"method\":\"thing.event.property.post\"}").getBytes(),
                    qos, false);
            Clients.Received r = inbox.next();
            assertEquals(POST + "_reply", r.topic());
            assertEquals("{\"code\":200,\"data\":{},\"id\":\"1681363292898\",\"message\":\"success\","
                    + "\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}", r.payload());
            assertEquals(qos, r.qos());
        } finally {
            Clients.close(c);
        }
    }

    @Test
    void malformedJsonGetsAParameterError() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, plain(), inbox);
        try {
            c.subscribe(POST + "_reply", 1);
            c.publish(POST, "{\"id\":\"7\",\"params\":{\"Temp\":23.9}".getBytes(), 1, false);
            assertEquals("{\"code\":460,\"data\":{},\"id\":\"\",\"message\":\"request parameter error\","
                    + "\"method\":\"thing.event.property.post\",\"version\":\"1.0\"}", inbox.next().payload());
        } finally {
            Clients.close(c);
        }
    }
}
