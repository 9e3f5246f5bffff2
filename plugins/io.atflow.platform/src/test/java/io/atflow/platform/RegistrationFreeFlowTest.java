package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.TokenLogin;

/** Registration-free devices over MQTT, end to end, as in the application note (section 4.2.2). */
@Timeout(60)
class RegistrationFreeFlowTest {
    static final Pattern REPLY = Pattern.compile("\\{\"clientId\":\"([A-Za-z0-9]{20}000100)\","
            + "\"productKey\":\"i2uq9ORmOSM\",\"deviceName\":\"Kit001\",\"deviceToken\":\"(\\^1\\^[0-9]+\\^[0-9a-f]{15})\"\\}");
    static final DeviceIdentity KIT = new DeviceIdentity("i2uq9ORmOSM", "Kit001");
    static IotPlatform platform;

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults().withRegistry(TestRegistry.create()));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** Runs one regnwl and returns {clientId, token}. */
    static String[] regnwl() throws Exception {
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(platform, true, RegistrationLogins.mqtt(platform, "i2uq9ORmOSM", "Kit001",
                AuthType.REGNWL), inbox);
        Clients.Received r = inbox.next();
        assertTrue(inbox.disconnected(), "the platform closes the connection after the reply");
        Clients.close(c);
        assertEquals("/ext/regnwl", r.topic());
        Matcher m = REPLY.matcher(r.payload());
        assertTrue(m.matches(), r.payload());
        return new String[] { m.group(1), m.group(2) };
    }

    @Test
    void kit001RegistersThenLogsInWithTheLatestTokenOnly() throws Exception {
        String[] first = regnwl();
        assertEquals(0, Clients.connackCode(platform, true, TokenLogin.credentials(KIT, first[0], first[1])));
        assertEquals(5, Clients.connackCode(platform, false, TokenLogin.credentials(KIT, first[0], first[1])));

        String[] second = regnwl();
        assertNotEquals(first[0], second[0]);
        assertNotEquals(first[1], second[1]);
        assertEquals(4, Clients.connackCode(platform, true, TokenLogin.credentials(KIT, first[0], first[1])),
                "an old token is refused after a new regnwl");
        assertEquals(4, Clients.connackCode(platform, true, TokenLogin.credentials(KIT, second[0], second[1]
                + "0")));
        assertEquals(0, Clients.connackCode(platform, true, TokenLogin.credentials(KIT, second[0], second[1])));
    }

    @Test
    void productsWithoutRegistrationFreeRefuse() throws Exception {
        assertEquals(5, Clients.connackCode(platform, true, RegistrationLogins.mqtt(platform, "i2uqZnX9tZK",
                "Kit002", AuthType.REGNWL)));
        assertEquals(5, Clients.connackCode(platform, false, RegistrationLogins.mqtt(platform, "i2uq9ORmOSM",
                "Kit002", AuthType.REGNWL)), "regnwl over plain TCP");
    }
}
