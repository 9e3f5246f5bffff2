package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;

/** One product, one secret over MQTT, end to end, as in the application note (section 4.2.1). */
@Timeout(60)
class RegisterFlowTest {
    static IotPlatform platform;

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults().withRegistry(TestRegistry.create()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void meter001RegistersReceivesItsSecretIsDisconnectedAndLogsIn() throws Exception {
        MqttCredentials reg = RegistrationLogins.mqtt(platform, "i2uqZnX9tZK", "meter001", AuthType.REGISTER);
        assertEquals("864430010001091|securemode=2,authType=register,random=123,signmethod=hmacsha1,"
                + "instanceId=iot-06z00hxss3rggno|", reg.clientId());
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, true, reg, inbox);
        Clients.Received r = inbox.next();
        assertEquals("/ext/register", r.topic());
        assertEquals("{\"deviceSecret\":\"d2a03b64a5e06b051f481136668133cf\",\"productKey\":\"i2uqZnX9tZK\","
                + "\"deviceName\":\"meter001\"}", r.payload());
        assertTrue(inbox.disconnected(), "the platform closes the connection after the reply");
        Clients.close(c);

        MqttCredentials login = new DeviceSecretLogin(new DeviceIdentity("i2uqZnX9tZK", "meter001"),
                "d2a03b64a5e06b051f481136668133cf").clientId("meter001").build();
        assertEquals(0, Clients.connackCode(platform, true, login));
        assertEquals(5, Clients.connackCode(platform, true, reg), "an activated device cannot register again");
    }

    @Test
    void aPreRegisteredDeviceWithoutSecretIsIssuedOne() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, true, RegistrationLogins.mqtt(platform, "tDynamic", "meter-a",
                AuthType.REGISTER), inbox);
        String payload = inbox.next().payload();
        Clients.close(c);
        String secret = platform.registry().secret("tDynamic/meter-a").orElseThrow();
        assertTrue(secret.matches("[0-9a-f]{32}"));
        assertEquals("{\"deviceSecret\":\"" + secret + "\",\"productKey\":\"tDynamic\",\"deviceName\":\"meter-a\"}",
                payload);
        assertEquals(0, Clients.connackCode(platform, false, new DeviceSecretLogin(new DeviceIdentity("tDynamic",
                "meter-a"), secret).secureMode("3").build()));
    }

    @Test
    void refusals() throws Exception {
        MqttCredentials ok = RegistrationLogins.mqtt(platform, "tDynamic", "meter-b", AuthType.REGISTER);
        assertEquals(5, Clients.connackCode(platform, false, ok), "registration over MQTT is TLS only");
        assertEquals(4, Clients.connackCode(platform, true, new MqttCredentials(ok.clientId(), ok.username(),
                "0" + ok.password().substring(1))));
        assertEquals(4, Clients.connackCode(platform, true, RegistrationLogins.mqtt(platform, "tDynamic", "ghost1",
                AuthType.REGISTER)));
        assertEquals(5, Clients.connackCode(platform, true, RegistrationLogins.mqtt(platform, "tSecret", "dev-new",
                AuthType.REGISTER)), "dynamic registration is off for the product");
        assertEquals(5, Clients.connackCode(platform, true, RegistrationLogins.mqtt(platform, "tDynamic",
                "meter-off", AuthType.REGISTER)));
        assertTrue(platform.registry().secret("tDynamic/meter-b").isEmpty());
    }
}
