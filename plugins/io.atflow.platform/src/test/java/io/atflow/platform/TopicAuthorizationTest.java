package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;

/** A device publishes and subscribes only under /sys/<pk>/<dn>/ and /<pk>/<dn>/. */
@Timeout(60)
class TopicAuthorizationTest {
    static IotPlatform platform;
    static final List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults().withRegistry(TestRegistry.create()));
        platform.addListener(events::add);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static MqttCredentials device(String dn) {
        return new DeviceSecretLogin(new DeviceIdentity("tSecret", dn), TestRegistry.SECRET).secureMode("3").build();
    }

    @Test
    void ownTopicsWorkIncludingCustomOnesAndWildcards() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, false, device("dev-ok"), inbox);
        try {
            IMqttToken t = c.subscribeWithResponse(new String[] { "/tSecret/dev-ok/user/#", "/sys/tSecret/dev-ok/#" },
                    new int[] { 1, 0 });
            // Aliyun grants QoS 1 to every accepted subscription (application note 4.1.4: +QMTSUB: 0,1,0,1)
            assertEquals(List.of(1, 1), List.of(t.getGrantedQos()[0], t.getGrantedQos()[1]));
            c.publish("/tSecret/dev-ok/user/update", "hello".getBytes(), 1, false);
            Clients.Received r = inbox.next();
            assertEquals("/tSecret/dev-ok/user/update", r.topic());
            assertEquals("hello", r.payload());
        } finally {
            Clients.close(c);
        }
    }

    @Test
    void subscribingToAnotherDevicesTopicsIsRefused() throws Exception {
        MqttClient c = Clients.connect(platform, false, device("dev-ok"), new Clients.Inbox());
        try {
            for (String filter : new String[] { "/sys/tSecret/dev-new/thing/event/property/post", "/sys/#",
                "/sys/tSecret/+/thing/event/property/post", "/ext/register" }) {
                int granted;
                try {
                    granted = c.subscribeWithResponse(filter, 1).getGrantedQos()[0];
                } catch (MqttException e) {
                    granted = e.getReasonCode();
                }
                assertEquals(0x80, granted, filter);
            }
            assertTrue(c.isConnected(), "a refused subscription keeps the connection");
            assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Refused f
                    && f.action().equals("subscribe") && f.topic().equals("/sys/#")));
        } finally {
            Clients.close(c);
        }
    }

    @Test
    void publishingToAnotherDevicesTopicIsDroppedAndDisconnects() throws Exception {
        Clients.Inbox victimInbox = new Clients.Inbox();
        MqttClient victim = Clients.connect(platform, false, device("dev-new"), victimInbox);
        Clients.Inbox intruderInbox = new Clients.Inbox();
        MqttClient intruder = Clients.connect(platform, false, device("dev-ok"), intruderInbox);
        try {
            victim.subscribe("/sys/tSecret/dev-new/thing/service/property/set", 1);
            try {
                intruder.publish("/sys/tSecret/dev-new/thing/service/property/set", "{}".getBytes(), 0, false);
            } catch (MqttException e) {
                // the connection may already be gone
            }
            assertTrue(intruderInbox.disconnected(), "the platform drops a device that publishes outside its topics");
            assertNull(victimInbox.messages.poll(500, TimeUnit.MILLISECONDS), "the message was not delivered");
            assertTrue(victim.isConnected());
            assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Refused f
                    && f.describe().equals("refuse     tSecret/dev-ok may not publish "
                            + "/sys/tSecret/dev-new/thing/service/property/set (only /sys/tSecret/dev-ok/... and"
                            + " /tSecret/dev-ok/...); disconnected")), events::toString);
        } finally {
            Clients.close(victim);
            Clients.close(intruder);
        }
    }
}
