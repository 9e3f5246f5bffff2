package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.TokenLogin;
import io.atflow.platform.registry.Registry;
import io.atflow.platform.tls.TlsMaterial;

/** Secrets and tokens issued at registration, and the TLS CA, survive a restart of the platform. */
@Timeout(90)
class PersistenceTest {
    @TempDir
    Path dir;

    @Test
    void issuedSecretsTokensAndTheCaSurviveARestart() throws Exception {
        Path file = dir.resolve("registry.txt");
        Registry.load(file);
        Files.writeString(file, Files.readString(file) + "# added by hand\ndevice  i2uqZnX9tZK/meter002\n");
        String secret;
        String[] token;
        X509Certificate ca;
        try (IotPlatform first = IotPlatform.start(PlatformConfig.defaults().withRegistry(Registry.load(file)))) {
            ca = first.trust().certificate();
            assertEquals(dir.resolve(TlsMaterial.PEM_FILE), first.trust().pemFile());
            try (InputStream in = Files.newInputStream(first.trust().pemFile())) {
                assertEquals(ca, CertificateFactory.getInstance("X.509").generateCertificate(in));
            }
            secret = registered(first, "meter002", AuthType.REGISTER, "deviceSecret\":\"([0-9a-f]{32})\"")[0];
            token = registered(first, "Kit001", AuthType.REGNWL,
                    "clientId\":\"([A-Za-z0-9]+)\".*deviceToken\":\"([^\"]+)\"");
        }
        String text = Files.readString(file);
        assertTrue(text.contains("# added by hand\ndevice  i2uqZnX9tZK/meter002 secret=" + secret + " activated=yes\n"),
                text);
        assertTrue(text.startsWith("# ATFlow IoT platform emulator registry."), text);

        try (IotPlatform second = IotPlatform.start(PlatformConfig.defaults().withRegistry(Registry.load(file)))) {
            assertEquals(ca, second.trust().certificate(), "clients keep trusting the same CA");
            assertEquals(0, Clients.connackCode(second, true, new DeviceSecretLogin(new DeviceIdentity(
                    "i2uqZnX9tZK", "meter002"), secret).build()));
            assertEquals(5, Clients.connackCode(second, true, RegistrationLogins.mqtt(second, "i2uqZnX9tZK",
                    "meter002", AuthType.REGISTER)));
            assertEquals(0, Clients.connackCode(second, true, TokenLogin.credentials(new DeviceIdentity(
                    "i2uq9ORmOSM", "Kit001"), token[0], token[1])));
        }
    }

    static String[] registered(IotPlatform p, String dn, AuthType type, String pattern) throws Exception {
        String pk = type == AuthType.REGISTER ? "i2uqZnX9tZK" : "i2uq9ORmOSM";
        Clients.Inbox inbox = new Clients.Inbox();
        MqttClient c = Clients.connect(p, true, RegistrationLogins.mqtt(p, pk, dn, type), inbox);
        String payload = inbox.next().payload();
        Clients.close(c);
        Matcher m = Pattern.compile(pattern).matcher(payload);
        assertTrue(m.find(), payload);
        String[] groups = new String[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.group(i + 1);
        }
        return groups;
    }
}
