package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.MqttCredentials;

/**
 * One device, several logins: as on Aliyun, a device has one connection at a time, so a second login closes the first
 * one; and a device that disconnects and logs in again at once (a script's next run, a module's reconnect) is always
 * accepted, however close the two connections are.
 */
@Timeout(120)
class SameDeviceLoginsTest {
    private static final String POST = PropertyPostTest.POST;
    private static final String REPLY_PAYLOAD_START = "{\"code\":200,";
    private IotPlatform platform;
    private final List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        platform = IotPlatform.start(PlatformConfig.defaults());
        platform.addListener(events::add);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aSecondLoginClosesTheFirstAndServesTheDevice() throws Exception {
        MqttCredentials login = PropertyPostTest.plain();
        Clients.Inbox first = new Clients.Inbox();
        MqttClient a = Clients.connect(platform, false, login, first);
        Clients.Inbox second = new Clients.Inbox();
        MqttClient b = Clients.connect(platform, false, login, second);
        try {
            assertTrue(first.disconnected(), "the first connection was not closed by the second login");
            b.subscribe(POST + "_reply", 1);
            b.publish(POST, "{\"id\":\"5\",\"params\":{\"Temp\":21.5},\"method\":\"thing.event.property.post\"}"
                    .getBytes(), 1, false);
            Clients.Received r = second.next();
            assertEquals(POST + "_reply", r.topic());
            assertTrue(r.payload().startsWith(REPLY_PAYLOAD_START), r.payload());
            Await.until(Duration.ofSeconds(10), () -> platform.connectedDevices() == 1,
                    () -> "not 1 but " + platform.connectedDevices() + " device connections");
            assertEquals(1, second.lost.getCount(), "the second login lost its connection");
        } finally {
            Clients.close(a);
            Clients.close(b);
        }
    }

    /**
     * A persistent session (clean-session flag 0) is the device's from one connection to the next: the broker keeps its
     * subscription and says so in the CONNACK (MQTT 3.1.1 §3.2.2.2), and the reply to a post made without subscribing
     * again arrives.
     */
    @Test
    void aPersistentSessionKeepsItsSubscriptionAcrossConnections() throws Exception {
        MqttCredentials login = PropertyPostTest.plain();
        try (RawMqttClient first = new RawMqttClient(platform.mqttPort())) {
            first.connect(login, false);
            assertEquals(new RawMqttClient.Connack(false, 0), first.connack());
            first.subscribe(POST + "_reply", 1);
            assertArrayEquals(new int[] { 1, 1 }, first.suback());
            first.disconnect();
        }
        try (RawMqttClient again = new RawMqttClient(platform.mqttPort())) {
            again.connect(login, false);
            assertEquals(new RawMqttClient.Connack(true, 0), again.connack());
            again.publish(POST, "{\"id\":\"9\",\"params\":{\"Temp\":21.5},\"method\":\"thing.event.property.post\"}");
            String[] reply = again.expect("PUBLISH", 0x30).publish();
            assertEquals(POST + "_reply", reply[0]);
            assertTrue(reply[1].startsWith(REPLY_PAYLOAD_START), reply[1]);
        }
    }

    /**
     * Every other round sends its SUBSCRIBE right behind the CONNECT, before the CONNACK, as MQTT 3.1.1 allows and a
     * module's firmware may do; the others wait for the CONNACK first, as most client libraries do.
     */
    @Test
    void immediateReconnectsAreAllAcceptedAndServed() throws Exception {
        MqttCredentials login = PropertyPostTest.plain();
        for (int round = 1; round <= 200; round++) {
            boolean pipelined = round % 2 == 0;
            try (RawMqttClient c = new RawMqttClient(platform.mqttPort())) {
                c.connect(login);
                if (pipelined) {
                    c.subscribe(POST + "_reply", round);
                }
                assertEquals(0, c.connack().code(), "CONNACK of login " + round);
                if (!pipelined) {
                    c.subscribe(POST + "_reply", round);
                }
                assertArrayEquals(new int[] { round, 1 }, c.suback(), "SUBACK of login " + round);
                c.disconnect();
            } catch (IOException e) {
                fail("login " + round + (pipelined ? " (SUBSCRIBE before the CONNACK)" : "")
                        + " right after the previous disconnect: " + e.getMessage() + "; events " + tail());
            }
        }
    }

    private List<PlatformEvent> tail() {
        return events.subList(Math.max(0, events.size() - 6), events.size());
    }
}
