package io.atflow.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.atflow.aliyun.AuthType;
import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.DeviceSecretLogin;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.ProductSecretLogin;
import io.atflow.aliyun.SignMethod;
import io.atflow.aliyun.TokenLogin;
import io.atflow.platform.Endpoint;
import io.atflow.platform.MutableClock;
import io.atflow.platform.TestRegistry;
import io.atflow.platform.registration.Registrations;
import io.atflow.platform.registration.TokenFactory;
import io.atflow.platform.registry.Registry;

/** Every CONNACK decision, without a network: which code answers which fault. */
class LoginPolicyTest {
    static final DeviceIdentity OK = new DeviceIdentity("tSecret", "dev-ok");
    MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    Registry registry;
    LoginPolicy policy;

    @BeforeEach
    void setUp() {
        registry = TestRegistry.create();
        policy = new LoginPolicy(registry, new Registrations(registry, new TokenFactory(), clock), clock,
                Duration.ofDays(30));
    }

    ConnectVerdict decide(Endpoint t, MqttCredentials c) {
        return policy.decide(new ConnectRequest(t, 4, c.clientId(), c.username(), c.password()));
    }

    int code(Endpoint t, String clientId, String username, String password) {
        ConnectVerdict v = policy.decide(new ConnectRequest(t, 4, clientId, username, password));
        return v instanceof ConnectVerdict.Rejected r ? r.code() : 0;
    }

    int code(Endpoint t, MqttCredentials c) {
        return code(t, c.clientId(), c.username(), c.password());
    }

    static MqttCredentials secret(DeviceIdentity id, String secureMode) {
        return new DeviceSecretLogin(id, TestRegistry.SECRET).secureMode(secureMode).build();
    }

    static String tamper(String password) {
        char last = password.charAt(password.length() - 1);
        return password.substring(0, password.length() - 1) + (last == '0' ? '1' : '0');
    }

    @ParameterizedTest
    @EnumSource(SignMethod.class)
    void deviceSecretWithEverySignMethodOnBothListeners(SignMethod method) {
        for (String ts : new String[] { null, "1680937625134" }) {
            MqttCredentials plain = new DeviceSecretLogin(OK, TestRegistry.SECRET).signMethod(method).timestamp(ts)
                    .secureMode("3").build();
            MqttCredentials tls = new DeviceSecretLogin(OK, TestRegistry.SECRET).signMethod(method).timestamp(ts)
                    .build();
            assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT, plain));
            assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT_TLS, tls));
            assertEquals(4, code(Endpoint.MQTT, plain.clientId(), plain.username(), tamper(plain.password())));
        }
    }

    @Test
    void theApplicationNoteVectorLogsIn() {
        ConnectVerdict v = policy.decide(new ConnectRequest(Endpoint.MQTT_TLS, 4,
                "i2uqc2dloOl.device001|securemode=2,signmethod=hmacsha256,timestamp=1680937625134|",
                "device001&i2uqc2dloOl", "0309b31761c30d24d37a25558c5604de308c92eb6ac8656a1981f85783fb23db"));
        ConnectVerdict.Accepted a = assertInstanceOf(ConnectVerdict.Accepted.class, v);
        assertEquals("i2uqc2dloOl.device001", a.clientId());
        assertEquals("i2uqc2dloOl/device001", a.device().key());
    }

    @Test
    void credentialsThatProveNoIdentityAreCode4() {
        assertEquals(4, code(Endpoint.MQTT, secret(new DeviceIdentity("tSecret", "nobody"), "3")));
        assertEquals(4, code(Endpoint.MQTT, secret(new DeviceIdentity("tUnknown", "dev-ok"), "3")));
        assertEquals(4, code(Endpoint.MQTT, secret(new DeviceIdentity("tSecret", "no-secret"), "3")));
        MqttCredentials c = secret(OK, "3");
        assertEquals(4, code(Endpoint.MQTT, c.clientId(), null, c.password()));
        assertEquals(4, code(Endpoint.MQTT, c.clientId(), "dev-ok", c.password()));
        assertEquals(4, code(Endpoint.MQTT, c.clientId(), "dev ok&tSecret", c.password()));
        assertEquals(4, code(Endpoint.MQTT, c.clientId(), c.username(), null));
        assertEquals(4, code(Endpoint.MQTT, c.clientId(), "dev-new&tSecret", c.password()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "dev-ok",
        "dev-ok|",
        "|securemode=3,signmethod=hmacsha1|",
        "dev-ok|securemode=3,signmethod=hmacsha1",
        "dev-ok|securemode=3 signmethod=hmacsha1|",
        "dev-ok|signmethod=hmacsha1|",
        "dev-ok|securemode=9,signmethod=hmacsha1|",
        "dev-ok|securemode=3,signmethod=hmacsha512|",
        "dev-ok|securemode=3|",
        "dev-ok|securemode=3,signmethod=hmacsha1,timestamp=12a|",
        "dev-ok|securemode=-2,signmethod=hmacsha1|",
        "dev-ok|securemode=3,authType=register,random=1,signmethod=hmacsha1|",
        "dev-ok|securemode=-2,authType=connect|",
        "dev-ok|securemode=2,authType=register,signmethod=hmacsha1|",
        "0123456789012345678901234567890123456789012345678901234567890123X|securemode=3,signmethod=hmacsha1|" })
    void brokenClientIdsAreCode2(String clientId) {
        assertEquals(2, code(Endpoint.MQTT, clientId, "dev-ok&tSecret", "0"));
        assertEquals(2, code(Endpoint.MQTT_TLS, clientId, "dev-ok&tSecret", "0"));
    }

    @Test
    void aClientIdOfExactly64CharactersIsFine() {
        String id = "0123456789012345678901234567890123456789012345678901234567890123";
        MqttCredentials c = new DeviceSecretLogin(OK, TestRegistry.SECRET).clientId(id).secureMode("3").build();
        assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT, c));
    }

    @Test
    void securemodeMustMatchTheListenerAndIdentityFaultsAfterProofAre5() {
        assertEquals(5, code(Endpoint.MQTT, secret(OK, "2")));
        assertEquals(5, code(Endpoint.MQTT_TLS, secret(OK, "3")));
        assertEquals(5, code(Endpoint.MQTT, secret(new DeviceIdentity("tSecret", "dev-off"), "3")));
        assertEquals(4, code(Endpoint.MQTT, secret(new DeviceIdentity("tSecret", "dev-off"), "3").clientId(),
                "dev-off&tSecret", "00"));
    }

    @Test
    void mqtt5IsCode1() {
        MqttCredentials c = secret(OK, "3");
        ConnectVerdict v = policy.decide(new ConnectRequest(Endpoint.MQTT, 5, c.clientId(), c.username(),
                c.password()));
        assertEquals(1, assertInstanceOf(ConnectVerdict.Rejected.class, v).code());
    }

    @Test
    void firstDeviceSecretLoginActivates() {
        assertFalse(registry.device("tSecret", "dev-new").orElseThrow().activated());
        assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT, secret(new DeviceIdentity("tSecret",
                "dev-new"), "3")));
        assertTrue(registry.device("tSecret", "dev-new").orElseThrow().activated());
    }

    static MqttCredentials product(String pk, String dn, String secret, AuthType type) {
        return new ProductSecretLogin(new DeviceIdentity(pk, dn), secret, type, "123")
                .signMethod(SignMethod.HMACSHA1).build();
    }

    /**
     * A register login as a device sends it, computed outside the project: {@code python3 -c 'import hmac,hashlib;
     * print(hmac.new(b"TestDynamicProduct", b"deviceNamemeter-aproductKeytDynamicrandom123",
     * hashlib.sha1).hexdigest())'}.
     */
    @Test
    void registerIssuesASecretOnceAndThenRefuses() {
        MqttCredentials c = new MqttCredentials(
                "tDynamic.meter-a|securemode=2,authType=register,random=123,signmethod=hmacsha1|", "meter-a&tDynamic",
                "1093de05272a2dbe13938ab243a43a52dff427a2");
        ConnectVerdict.Registered r = assertInstanceOf(ConnectVerdict.Registered.class, decide(Endpoint.MQTT_TLS, c));
        assertEquals("/ext/register", r.topic());
        assertTrue(r.device().deviceSecret().matches("[0-9a-f]{32}"), r.device().deviceSecret());
        assertEquals("{\"deviceSecret\":\"" + r.device().deviceSecret()
                + "\",\"productKey\":\"tDynamic\",\"deviceName\":\"meter-a\"}", r.payload());
        assertTrue(registry.device("tDynamic", "meter-a").orElseThrow().activated());
        assertEquals(5, code(Endpoint.MQTT_TLS, c));
    }

    @Test
    void registerReturnsAKnownSecret() {
        ConnectVerdict v = decide(Endpoint.MQTT_TLS, product("tDynamic", "meter-c", TestRegistry.PS_DYNAMIC,
                AuthType.REGISTER));
        assertEquals(TestRegistry.SECRET, assertInstanceOf(ConnectVerdict.Registered.class, v).device().deviceSecret());
    }

    @Test
    void registerRefusals() {
        MqttCredentials ok = product("tDynamic", "meter-b", TestRegistry.PS_DYNAMIC, AuthType.REGISTER);
        assertEquals(4, code(Endpoint.MQTT_TLS, ok.clientId(), ok.username(), tamper(ok.password())));
        assertEquals(4, code(Endpoint.MQTT_TLS, product("tDynamic", "ghost", TestRegistry.PS_DYNAMIC,
                AuthType.REGISTER)));
        assertEquals(4, code(Endpoint.MQTT_TLS, product("tNothing", "meter-b", TestRegistry.PS_DYNAMIC,
                AuthType.REGISTER)));
        assertEquals(5, code(Endpoint.MQTT_TLS, product("tDynamic", "meter-done", TestRegistry.PS_DYNAMIC,
                AuthType.REGISTER)));
        assertEquals(5, code(Endpoint.MQTT_TLS, product("tDynamic", "meter-off", TestRegistry.PS_DYNAMIC,
                AuthType.REGISTER)));
        assertEquals(5, code(Endpoint.MQTT_TLS, product("tSecret", "dev-new", TestRegistry.PS_SECRET,
                AuthType.REGISTER)));
        assertEquals(5, code(Endpoint.MQTT, ok), "registration over MQTT is TLS only");
        assertFalse(registry.device("tDynamic", "meter-b").orElseThrow().activated());
    }

    /**
     * A regnwl login computed outside the project: {@code python3 -c 'import hmac,hashlib;
     * print(hmac.new(b"TestFreeProduct", b"deviceNamekit-1productKeytFreerandom123", hashlib.sha1).hexdigest())'}.
     */
    @Test
    void regnwlThenConnwlWithTheLatestTokenOnly() {
        MqttCredentials reg = new MqttCredentials(
                "tFree.kit-1|securemode=-2,authType=regnwl,random=123,signmethod=hmacsha1|", "kit-1&tFree",
                "7c40d2bc20e1176760f1503352b07104680e9400");
        ConnectVerdict.Registered first = assertInstanceOf(ConnectVerdict.Registered.class,
                decide(Endpoint.MQTT_TLS, reg));
        assertEquals("/ext/regnwl", first.topic());
        String clientId = first.device().issuedClientId();
        String token = first.device().deviceToken();
        assertTrue(clientId.matches("[A-Za-z0-9]{20}000100"), clientId);
        assertTrue(token.matches("\\^1\\^" + clock.millis() + "\\^[0-9a-f]{15}"), token);
        assertEquals("{\"clientId\":\"" + clientId + "\",\"productKey\":\"tFree\",\"deviceName\":\"kit-1\","
                + "\"deviceToken\":\"" + token + "\"}", first.payload());
        DeviceIdentity kit = new DeviceIdentity("tFree", "kit-1");
        assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT_TLS, TokenLogin.credentials(kit, clientId,
                token)));
        assertEquals(5, code(Endpoint.MQTT, TokenLogin.credentials(kit, clientId, token)));
        assertEquals(4, code(Endpoint.MQTT_TLS, TokenLogin.credentials(kit, clientId, tamper(token))));
        assertEquals(4, code(Endpoint.MQTT_TLS, TokenLogin.credentials(kit, "Other000100", token)));

        ConnectVerdict.Registered second = assertInstanceOf(ConnectVerdict.Registered.class,
                decide(Endpoint.MQTT_TLS, reg));
        assertNotEquals(token, second.device().deviceToken());
        assertNotEquals(clientId, second.device().issuedClientId());
        assertEquals(4, code(Endpoint.MQTT_TLS, TokenLogin.credentials(kit, clientId, token)));
        assertEquals(4, code(Endpoint.MQTT_TLS, TokenLogin.credentials(kit, second.device().issuedClientId(),
                token)));
        MqttCredentials latest = TokenLogin.credentials(kit, second.device().issuedClientId(),
                second.device().deviceToken());
        assertInstanceOf(ConnectVerdict.Accepted.class, decide(Endpoint.MQTT_TLS, latest));
        clock.advance(Duration.ofDays(31));
        assertEquals(4, code(Endpoint.MQTT_TLS, latest), "expired token");
    }

    @Test
    void regnwlRefusals() {
        assertEquals(5, code(Endpoint.MQTT_TLS, product("tNoFree", "kit-2", TestRegistry.PS_NO_FREE,
                AuthType.REGNWL)));
        assertEquals(5, code(Endpoint.MQTT_TLS, product("tFree", "kit-off", TestRegistry.PS_FREE,
                AuthType.REGNWL)));
        MqttCredentials c = product("tFree", "kit-3", TestRegistry.PS_FREE, AuthType.REGNWL);
        assertEquals(4, code(Endpoint.MQTT_TLS, c.clientId(), c.username(), tamper(c.password())));
        assertEquals(4, code(Endpoint.MQTT_TLS, TokenLogin.credentials(new DeviceIdentity("tFree", "kit-3"),
                "Some000100", "^1^1^abc")), "no token was ever issued");
        assertTrue(registry.device("tFree", "kit-3").isEmpty());
    }

    @Test
    void aWillIsAPublishToTheDevicesOwnTopicsOnly() {
        MqttCredentials c = secret(new DeviceIdentity("tSecret", "dev-new"), "3");
        ConnectVerdict foreign = policy.decide(new ConnectRequest(Endpoint.MQTT, 4, c.clientId(), c.username(),
                c.password(), "/sys/tSecret/dev-ok/thing/event/property/post"));
        assertEquals(5, assertInstanceOf(ConnectVerdict.Rejected.class, foreign).code());
        assertFalse(registry.device("tSecret", "dev-new").orElseThrow().activated(), "a refused login activates nothing");
        assertInstanceOf(ConnectVerdict.Accepted.class, policy.decide(new ConnectRequest(Endpoint.MQTT, 4, c.clientId(),
                c.username(), c.password(), "/tSecret/dev-new/user/offline")));
    }

    @Test
    void aRegistryThatCannotBeWrittenIsCode3(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("registry.txt");
        Files.writeString(file, TestRegistry.TEXT);
        Registry onDisk = Registry.load(file);
        LoginPolicy p = new LoginPolicy(onDisk, new Registrations(onDisk, new TokenFactory(), clock), clock,
                Duration.ofDays(30));
        Files.delete(file);
        Files.createDirectories(file.resolve("in-the-way"));
        MqttCredentials c = product("tDynamic", "meter-a", TestRegistry.PS_DYNAMIC, AuthType.REGISTER);
        ConnectVerdict v = p.decide(new ConnectRequest(Endpoint.MQTT_TLS, 4, c.clientId(), c.username(), c.password()));
        ConnectVerdict.Rejected r = assertInstanceOf(ConnectVerdict.Rejected.class, v);
        assertEquals(3, r.code());
        assertTrue(r.reason().startsWith("cannot write the registry file " + file), r.reason());
        assertFalse(onDisk.device("tDynamic", "meter-a").orElseThrow().activated());
    }
}
