package io.atflow.platform.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.platform.Await;
import io.atflow.platform.Clients;
import io.atflow.platform.IotPlatform;
import io.atflow.platform.PlatformConfig;
import io.atflow.platform.PlatformEvent;
import io.atflow.platform.PlatformException;
import io.atflow.platform.Upstream;

/**
 * The gateway in front of Debian's mosquitto: Aliyun logins checked by the gateway, the session relayed to
 * mosquitto (seen there by a plain MQTT client and in its log), the platform's replies coming back through it.
 */
@Timeout(120)
class UpstreamRelayTest {
    static final DeviceIdentity KIT = new DeviceIdentity("i2uqc2dloOl", "device001");
    /** The application note's DeviceSecret of i2uqc2dloOl/device001 (the default registry's). */
    static final String SECRET = "c4fa40df9c8078073d75a26be2bc8f58";
    static final String POST = "/sys/i2uqc2dloOl/device001/thing/event/property/post";
    static final String BODY = "{\"id\":\"42\",\"params\":{\"Temp\":23.9},\"version\":\"1.0\"}";

    @TempDir
    Path dir;
    Mosquitto mosquitto;
    IotPlatform platform;
    final List<PlatformEvent> events = new CopyOnWriteArrayList<>();
    final List<MqttClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        clients.forEach(Clients::close);
        if (platform != null) {
            platform.close();
        }
        if (mosquitto != null) {
            mosquitto.close();
        }
    }

    void start(List<String> settings, Upstream upstream) throws Exception {
        mosquitto = Mosquitto.start(dir, settings);
        platform = IotPlatform.start(PlatformConfig.defaults().withUpstream(upstream == null
                ? Upstream.parse(mosquitto.uri()) : upstream));
        platform.addListener(events::add);
    }

    static MqttCredentials login(String secret) {
        return new DeviceSecretLogin(KIT, secret).secureMode("3").build();
    }

    MqttClient device(String secret, Clients.Inbox inbox) throws Exception {
        MqttClient c = Clients.connect(platform, false, login(secret), inbox);
        clients.add(c);
        return c;
    }

    /** A plain MQTT client logged into mosquitto itself, subscribed to everything. */
    Clients.Inbox observe() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = new MqttClient(mosquitto.uri(), "observer", new MemoryPersistence());
        c.setTimeToWait(10_000);
        c.setCallback(inbox);
        MqttConnectOptions o = new MqttConnectOptions();
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        c.connect(o);
        c.subscribe("#", 1);
        clients.add(c);
        return inbox;
    }

    @Test
    void aPropertyPostGoesThroughMosquittoAndItsReplyComesBack() throws Exception {
        start(List.of(), null);
        Clients.Inbox seen = observe();
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = device(SECRET, inbox);
        c.subscribe(POST + "_reply", 1);
        c.publish(POST, BODY.getBytes(), 1, false);

        Clients.Received reply = inbox.next();
        assertEquals(POST + "_reply", reply.topic());
        assertEquals("{\"code\":200,\"data\":{},\"id\":\"42\",\"message\":\"success\",\"method\":"
                + "\"thing.event.property.post\",\"version\":\"1.0\"}", reply.payload());
        assertEquals(1, reply.qos());
        // mosquitto's own subscriber saw the device's post and the platform's reply
        Clients.Received post = seen.next();
        assertEquals(POST, post.topic());
        assertEquals(BODY, post.payload());
        assertEquals(POST + "_reply", seen.next().topic());
        // mosquitto knows the device by the configured client id and user name
        assertTrue(mosquitto.log().contains("as i2uqc2dloOl.device001 (p2, c1, k60, u'device001&i2uqc2dloOl')"),
                mosquitto.log());
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Published p
                && p.device().equals("i2uqc2dloOl/device001") && p.topic().equals(POST)), events::toString);
    }

    @Test
    void aWronglySignedDeviceIsRefusedAndNeverReachesMosquitto() throws Exception {
        start(List.of(), null);
        assertEquals(4, Clients.connackCode(platform, false, login("00000000000000000000000000000000")));
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Rejected r && r.code() == 4),
                events::toString);
        String log = mosquitto.log();
        assertTrue(log.contains("as atflow-platform-"), log);
        assertFalse(log.contains("device001"), log);
        assertEquals(0, platform.connectedDevices());
    }

    @Test
    void aliyunsQosAndRetainRulesHoldUpstreamToo() throws Exception {
        start(List.of(), null);
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = device(SECRET, inbox);
        // the note's 4.1.4: a QoS 0 subscription is granted QoS 1 (+QMTSUB: 0,1,0,1)
        assertEquals(1, c.subscribeWithResponse(POST + "_reply", 0).getGrantedQos()[0]);
        try {
            c.publish("/i2uqc2dloOl/device001/user/update", "kept?".getBytes(), 1, true);
        } catch (Exception e) {
            // the gateway may close the connection before the publish completes
        }
        assertTrue(inbox.disconnected(), "Aliyun has no retained messages: the device is disconnected");
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Refused r
                && r.action().equals("publish retained")), events::toString);
        assertFalse(mosquitto.log().contains("'/i2uqc2dloOl/device001/user/update'"), mosquitto.log());
    }

    @Test
    void topicsOutsideTheDevicesOwnAreRefusedBeforeMosquitto() throws Exception {
        start(List.of(), null);
        Clients.Inbox seen = observe();
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = device(SECRET, inbox);
        IMqttToken t = c.subscribeWithResponse(new String[] { "/sys/other/dev/#", POST + "_reply" },
                new int[] { 1, 1 });
        assertEquals(List.of(0x80, 1), List.of(t.getGrantedQos()[0], t.getGrantedQos()[1]));
        c.publish("/i2uqc2dloOl/device001/user/update", "mine".getBytes(), 1, false);
        assertEquals("/i2uqc2dloOl/device001/user/update", seen.next().topic());
        try {
            c.publish("/other/dev/user/update", "not mine".getBytes(), 1, false);
        } catch (Exception e) {
            // the gateway may close the connection before the publish completes
        }
        assertTrue(inbox.disconnected(), "a publish to a foreign topic costs the connection");
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Refused r && r.action().equals("publish")
                && r.topic().equals("/other/dev/user/update")), events::toString);
        assertFalse(mosquitto.log().contains("'/other/dev/user/update'"), mosquitto.log());
        assertFalse(mosquitto.log().contains("'/sys/other/dev/#'"), mosquitto.log());
    }

    @Test
    void whenMosquittoGoesAwayDevicesAreDroppedAndLoginsWaitUntilItIsBack() throws Exception {
        start(List.of(), null);
        Clients.Inbox inbox = new Clients.Inbox();
        device(SECRET, inbox);
        mosquitto.stop();
        assertTrue(inbox.disconnected(), "the device sees the outage as a disconnect");
        Await.until(Duration.ofSeconds(20), () -> events.stream().anyMatch(e -> e instanceof PlatformEvent.UpstreamLost),
                () -> "no UpstreamLost event");
        assertEquals(3, Clients.connackCode(platform, false, login(SECRET)), "server unavailable while it is away");

        mosquitto.start();
        Await.until(Duration.ofSeconds(20),
                () -> events.stream().anyMatch(e -> e instanceof PlatformEvent.UpstreamRestored),
                () -> "no UpstreamRestored event");
        Clients.Inbox again = new Clients.Inbox();
        MqttClient c = device(SECRET, again);
        c.subscribe(POST + "_reply", 1);
        c.publish(POST, BODY.getBytes(), 1, false);
        assertEquals(POST + "_reply", again.next().topic(), "the platform answers posts again");
    }

    @Test
    void anUnreachableUpstreamIsOneSentenceAtStart() throws Exception {
        mosquitto = Mosquitto.start(dir, List.of());
        mosquitto.stop();
        PlatformException e = assertThrows(PlatformException.class, () -> IotPlatform.start(PlatformConfig
                .defaults().withUpstream(Upstream.parse(mosquitto.uri()))));
        assertEquals("the upstream MQTT broker " + mosquitto.uri() + " is not reachable (connection refused)",
                e.getMessage());
    }

    @Test
    void credentialsAreRewrittenAsConfiguredAndMosquittosAclsApply() throws Exception {
        Path passwords = dir.resolve("passwords");
        java.nio.file.Files.writeString(passwords, "");
        for (String user : new String[] { "i2uqc2dloOl/device001", Upstream.SERVICE_USER }) {
            Process p = new ProcessBuilder("mosquitto_passwd", "-b", passwords.toString(), user, "fleet-pw")
                    .redirectErrorStream(true).start();
            assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
        }
        Path acl = dir.resolve("acl");
        java.nio.file.Files.writeString(acl, """
                user atflow-platform
                topic read /sys/+/+/thing/event/+/post
                topic write /sys/+/+/thing/event/+/post_reply
                pattern readwrite /sys/%u/#
                """);
        mosquitto = Mosquitto.start(dir, List.of("allow_anonymous false", "password_file " + passwords,
                "acl_file " + acl));
        PlatformException wrong = assertThrows(PlatformException.class, () -> IotPlatform.start(PlatformConfig
                .defaults().withUpstream(Upstream.parse(mosquitto.uri()).withCredentials(
                        Upstream.DEFAULT_CLIENT_ID, "{productKey}/{deviceName}", "not-it"))));
        assertEquals("the upstream MQTT broker " + mosquitto.uri() + " refused the platform's login as"
                + " atflow-platform with CONNACK 5 (not authorized)", wrong.getMessage());

        platform = IotPlatform.start(PlatformConfig.defaults().withUpstream(Upstream.parse(mosquitto.uri())
                .withCredentials("dev-{deviceName}", "{productKey}/{deviceName}", "fleet-pw")));
        platform.addListener(events::add);
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = device(SECRET, inbox);
        c.subscribe(POST + "_reply", 1);
        c.publish(POST, BODY.getBytes(), 1, false);
        assertEquals(POST + "_reply", inbox.next().topic());
        assertTrue(mosquitto.log().contains("as dev-device001 (p2, c1, k60, u'i2uqc2dloOl/device001')"),
                mosquitto.log());
    }

}
