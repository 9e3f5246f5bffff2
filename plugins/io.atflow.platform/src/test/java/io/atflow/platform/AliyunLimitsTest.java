package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a device sees of Aliyun's MQTT limits: the QoS it grants (QoS 1 for a QoS 0 subscription, as the application
 * note's section 4.1.4 shows: {@code +QMTSUB: 0,1,0,1}), no QoS 2 and no retained messages (Aliyun's MQTT
 * documentation: "不支持 QoS 2", "不支持 will、retain msg"), and the topic classes' rights (a property post is
 * publish only, its reply subscribe only, as the console's topic list of the note's section 4.1.3 shows).
 */
@Timeout(60)
class AliyunLimitsTest {
    static final String SYS = "/sys/i2uqc2dloOl/device001/";
    static IotPlatform platform;
    static final List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults());
        platform.addListener(events::add);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @ParameterizedTest(name = "asked {0}")
    @ValueSource(ints = { 0, 1, 2 })
    void everySubscriptionIsGrantedQos1(int asked) throws Exception {
        MqttClient c = Clients.connect(platform, false, PropertyPostTest.plain(), new Clients.Inbox());
        try {
            assertEquals(1, c.subscribeWithResponse(SYS + "thing/event/property/post_reply", asked)
                    .getGrantedQos()[0]);
        } finally {
            Clients.close(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "thing/event/property/post, 128",
        "thing/event/property/post_reply, 1",
        "thing/service/property/set, 1",
        "thing/service/property/set_reply, 128" })
    void subscriptionsFollowTheTopicClass(String topic, int granted) throws Exception {
        MqttClient c = Clients.connect(platform, false, PropertyPostTest.plain(), new Clients.Inbox());
        try {
            int got;
            try {
                got = c.subscribeWithResponse(SYS + topic, 0).getGrantedQos()[0];
            } catch (MqttException e) {
                got = e.getReasonCode();
            }
            assertEquals(granted, got);
        } finally {
            Clients.close(c);
        }
    }

    @Test
    void publishingToASubscribeOnlyTopicDisconnects() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, PropertyPostTest.plain(), inbox);
        try {
            publishQuietly(c, SYS + "thing/event/property/post_reply", 0, false);
            assertTrue(inbox.disconnected());
            assertTrue(events.stream().anyMatch(e -> e.describe().equals("refuse     i2uqc2dloOl/device001 may not"
                    + " publish /sys/i2uqc2dloOl/device001/thing/event/property/post_reply (its topic class allows"
                    + " subscribe only); disconnected")), events::toString);
        } finally {
            Clients.close(c);
        }
    }

    @ParameterizedTest(name = "qos {0} retained {1}")
    @CsvSource({ "2, false, publish with QoS 2", "0, true, publish retained", "1, true, publish retained" })
    void qos2AndRetainedPublishesAreRefused(int qos, boolean retained, String action) throws Exception {
        String topic = "/i2uqc2dloOl/device001/user/telemetry";
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, PropertyPostTest.plain(), inbox);
        try {
            publishQuietly(c, topic, qos, retained);
            assertTrue(inbox.disconnected(), "Aliyun does not support it: the device is disconnected");
            assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Refused f
                    && f.action().equals(action) && f.topic().equals(topic)), events::toString);
        } finally {
            Clients.close(c);
        }
        if (retained) {
            Clients.Inbox later = new Clients.Inbox();
            MqttClient d = Clients.connect(platform, false, PropertyPostTest.plain(), later);
            try {
                d.subscribe(topic, 1);
                assertNull(later.messages.poll(500, TimeUnit.MILLISECONDS), "nothing was retained");
            } finally {
                Clients.close(d);
            }
        }
    }

    /**
     * Sends a publish the platform answers by closing the connection, without waiting for its completion: Paho's
     * blocking publish, racing that close, sometimes waited for its token until the client's 10 s bound.
     */
    static void publishQuietly(MqttClient c, String topic, int qos, boolean retained) {
        MqttMessage m = new MqttMessage("{}".getBytes());
        m.setQos(qos);
        m.setRetained(retained);
        try {
            c.getTopic(topic).publish(m);
        } catch (MqttException e) {
            // the platform may close the connection before the publish is sent
        }
    }
}
