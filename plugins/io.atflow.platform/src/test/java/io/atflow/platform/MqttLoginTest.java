package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.SignMethod;

/** Real MQTT clients log in with correct and tampered device-secret credentials; every CONNACK code on the wire. */
@Timeout(60)
class MqttLoginTest {
    static final DeviceIdentity OK = new DeviceIdentity("tSecret", "dev-ok");
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

    static MqttCredentials login(SignMethod method, boolean tls) {
        return new DeviceSecretLogin(OK, TestRegistry.SECRET).signMethod(method).secureMode(tls ? "2" : "3")
                .timestamp(Long.toString(System.currentTimeMillis())).build();
    }

    static MqttCredentials tampered(MqttCredentials c) {
        String p = c.password();
        return new MqttCredentials(c.clientId(), c.username(), p.substring(0, p.length() - 1)
                + (p.endsWith("0") ? "1" : "0"));
    }

    @ParameterizedTest
    @EnumSource(SignMethod.class)
    void everySignMethodOnBothListeners(SignMethod method) throws Exception {
        assertEquals(0, Clients.connackCode(platform, false, login(method, false)));
        assertEquals(0, Clients.connackCode(platform, true, login(method, true)));
        assertEquals(4, Clients.connackCode(platform, false, tampered(login(method, false))));
        assertEquals(4, Clients.connackCode(platform, true, tampered(login(method, true))));
    }

    @Test
    void theApplicationNoteVectorOverTls() throws Exception {
        assertEquals(0, Clients.connackCode(platform, true, new MqttCredentials(
                "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|",
                "device001&i2uqc2dloOl", "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db")));
    }

    @Test
    void eachRefusalCodeReachesTheClient() throws Exception {
        MqttCredentials ok = login(SignMethod.HMACSHA1, false);
        assertEquals(2, Clients.connackCode(platform, false, new MqttCredentials("dev-ok", ok.username(),
                ok.password())));
        assertEquals(2, Clients.connackCode(platform, false, new MqttCredentials(
                "dev-ok|securemode=3,signmethod=sha3|", ok.username(), ok.password())));
        assertEquals(4, Clients.connackCode(platform, false, new MqttCredentials(ok.clientId(), "dev-ok&tOther",
                ok.password())));
        assertEquals(5, Clients.connackCode(platform, false, login(SignMethod.HMACSHA1, true)));
        assertEquals(5, Clients.connackCode(platform, true, login(SignMethod.HMACSHA1, false)));
        assertEquals(5, Clients.connackCode(platform, false, new DeviceSecretLogin(new DeviceIdentity("tSecret",
                "dev-off"), TestRegistry.SECRET).secureMode("3").build()));
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Rejected r && r.code() == 5
                && r.describe().contains("dev-off is disabled")), events::toString);
    }

    @Test
    void mqtt31ClientsAreServedToo() throws Exception {
        MqttCredentials c = login(SignMethod.HMACMD5, false);
        MqttClient client = Clients.client(platform, false, c.clientId());
        MqttConnectOptions o = Clients.options(platform, false, c);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1);
        client.connect(o);
        assertTrue(client.isConnected());
        Clients.close(client);
    }

    @Test
    void anUnknownProtocolLevelGetsCode1() throws Exception {
        byte[] connect = { 0x10, 0x0D, 0, 4, 'M', 'Q', 'T', 'T', 6, 0x02, 0, 60, 0, 1, 'x' };
        try (Socket s = new Socket("127.0.0.1", platform.mqttPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(connect);
            InputStream in = s.getInputStream();
            assertArrayEquals(new byte[] { 0x20, 0x02, 0x00, 0x01 }, in.readNBytes(4));
            assertEquals(-1, in.read(), "the platform closes the connection");
        }
    }

    /**
     * MQTT 3.1.1 §3.14.4: on DISCONNECT the server closes the network connection if the client has not. A module's
     * AT+QMTDISC waits for that close before it reports {@code +QMTDISC: 0,0}.
     */
    @Test
    void aDisconnectClosesTheConnection() throws Exception {
        MqttCredentials c = login(SignMethod.HMACSHA256, false);
        try (Socket s = new Socket("127.0.0.1", platform.mqttPort())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(connect(c));
            InputStream in = s.getInputStream();
            assertArrayEquals(new byte[] { 0x20, 0x02, 0x00, 0x00 }, in.readNBytes(4), "accepted");
            s.getOutputStream().write(new byte[] { (byte) 0xE0, 0x00 });
            assertEquals(-1, in.read(), "the platform closes the connection after DISCONNECT");
        }
    }

    /** An MQTT 3.1.1 CONNECT with clean session, user name and password, keep-alive 60 s (spec §3.1). */
    static byte[] connect(MqttCredentials c) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(new byte[] { 0, 4, 'M', 'Q', 'T', 'T', 4, (byte) 0xC2, 0, 60 });
        for (String field : List.of(c.clientId(), c.username(), c.password())) {
            byte[] b = field.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            body.write(b.length >> 8);
            body.write(b.length & 0xFF);
            body.writeBytes(b);
        }
        java.io.ByteArrayOutputStream packet = new java.io.ByteArrayOutputStream();
        packet.write(0x10);
        int length = body.size();
        do { // remaining length, 7 bits a byte (§2.2.3)
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(body.toByteArray());
        return packet.toByteArray();
    }

    @Test
    void aSecondLoginOfTheSameDeviceTakesOver() throws Exception {
        Clients.Inbox first = new Clients.Inbox();
        MqttClient a = Clients.connect(platform, false, login(SignMethod.HMACSHA256, false), first);
        MqttCredentials again = new DeviceSecretLogin(OK, TestRegistry.SECRET).clientId("another-id")
                .secureMode("3").build();
        MqttClient b = Clients.connect(platform, false, again, new Clients.Inbox());
        try {
            assertTrue(first.disconnected(), "the first connection is dropped, as on Aliyun");
            assertTrue(b.isConnected());
        } finally {
            Clients.close(a);
            Clients.close(b);
        }
    }

    @Test
    void aWillOutsideTheDevicesTopicsIsRefused() throws Exception {
        for (String topic : new String[] { "/sys/tSecret/dev-new/thing/event/property/post", "/tSecret/dev-ok/will" }) {
            MqttCredentials c = login(SignMethod.HMACSHA256, false);
            MqttClient client = Clients.client(platform, false, c.clientId());
            MqttConnectOptions o = Clients.options(platform, false, c);
            o.setWill(topic, "gone".getBytes(), 0, false);
            int code;
            try {
                client.connect(o);
                client.disconnect();
                code = 0;
            } catch (org.eclipse.paho.client.mqttv3.MqttException e) {
                code = e.getReasonCode();
            } finally {
                client.close(true);
            }
            assertEquals(topic.startsWith("/tSecret/dev-ok/") ? 0 : 5, code, topic);
        }
    }
}
