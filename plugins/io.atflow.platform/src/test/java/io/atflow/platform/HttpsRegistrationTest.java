package io.atflow.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.atflow.aliyun.DeviceIdentity;
import io.atflow.aliyun.HttpsRegistrationForm;
import io.atflow.aliyun.MqttCredentials;
import io.atflow.aliyun.SignMethod;

/** Dynamic registration over HTTPS (application note section 4.3) with a JDK client trusting the emulator's CA. */
@Timeout(60)
class HttpsRegistrationTest {
    static IotPlatform platform;
    static HttpClient http;
    static final List<PlatformEvent> events = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() {
        platform = IotPlatform.start(PlatformConfig.defaults().withRegistry(TestRegistry.create()));
        platform.addListener(events::add);
        http = HttpClient.newBuilder().sslContext(platform.trust().sslContext()).build();
    }

    @AfterAll
    static void stop() {
        http.close();
        platform.close();
    }

    static HttpResponse<String> post(String host, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("https://" + host + ":" + platform.httpsPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(String pk, String dn, String random, SignMethod method) {
        return HttpsRegistrationForm.body(new DeviceIdentity(pk, dn), platform.registry().secret(pk).orElseThrow(),
                random, method);
    }

    /**
     * The form and the login are computed outside the project with Python's hmac module: sign =
     * {@code hmac.new(b"EmuHttpsSecret01", b"deviceNamedevice001productKeyi2uqzmkZsLGrandom003", hashlib.sha1)}, the
     * login's password {@code hmac.new(b"3c35df4417faf854be8e780536d84c23",
     * b"clientIdi2uqzmkZsLG.device001deviceNamedevice001productKeyi2uqzmkZsLG", hashlib.sha256)}, each
     * {@code .hexdigest()}.
     */
    @Test
    void theNotesDeviceRegistersOnceAndThenLogsIn() throws Exception {
        HttpResponse<String> r = post("127.0.0.1", "/auth/register/device", "productKey=i2uqzmkZsLG&deviceName=device001"
                + "&random=003&sign=da2e692592c8c11a5f10de801b894f8ade353874&signMethod=hmacsha1");
        assertEquals(200, r.statusCode());
        assertEquals("{\"code\":200,\"data\":{\"deviceName\":\"device001\",\"deviceSecret\":"
                + "\"3c35df4417faf854be8e780536d84c23\",\"productKey\":\"i2uqzmkZsLG\"},\"message\":\"success\"}",
                r.body());
        assertTrue(r.headers().firstValue("content-type").orElseThrow().startsWith("application/json"));
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Registered g
                && g.describe().equals("register   i2uqzmkZsLG/device001 over https (https): DeviceSecret ****")),
                events::toString);

        assertEquals(0, Clients.connackCode(platform, true, new MqttCredentials(
                "i2uqzmkZsLG.device001|securemode=2,signmethod=hmacsha256|", "device001&i2uqzmkZsLG",
                "d43eba7b181e26818344e19cd5941af84c1e173bdac921876d2daa4ea9402c37")));
        HttpResponse<String> again = post("127.0.0.1", "/auth/register/device",
                form("i2uqzmkZsLG", "device001", "004", SignMethod.HMACSHA256));
        assertEquals(403, again.statusCode());
        assertEquals("{\"code\":6289,\"message\":\"device is already activated\"}", again.body());
    }

    @Test
    void aDeviceWithoutSecretIsIssuedOneOverLocalhost() throws Exception {
        HttpResponse<String> r = post("localhost", "/auth/register/device",
                form("tDynamic", "meter-b", "42", SignMethod.HMACMD5));
        assertEquals(200, r.statusCode(), r.body());
        String secret = platform.registry().secret("tDynamic/meter-b").orElseThrow();
        assertTrue(r.body().contains("\"deviceSecret\":\"" + secret + "\""), r.body());
    }

    @Test
    void errorsAreAliyunStyleJsonWithHttpStatus() throws Exception {
        String good = form("tDynamic", "meter-c", "7", SignMethod.HMACSHA1);
        String badSign = good.replaceAll("sign=[0-9a-f]", "sign=x");
        check(401, "{\"code\":401,\"message\":\"request auth error\"}", post("127.0.0.1", "/auth/register/device",
                badSign));
        check(404, "{\"code\":6250,\"message\":\"product not found\"}", post("127.0.0.1", "/auth/register/device",
                good.replace("productKey=tDynamic", "productKey=tNothing")));
        check(404, "{\"code\":6100,\"message\":\"device not found\"}", post("127.0.0.1", "/auth/register/device",
                form("tDynamic", "ghost-2", "7", SignMethod.HMACSHA1)));
        check(403, "{\"code\":6288,\"message\":\"dynamic register is not enabled for the product\"}",
                post("127.0.0.1", "/auth/register/device", form("tSecret", "dev-new", "7", SignMethod.HMACSHA1)));
        check(403, "{\"code\":6204,\"message\":\"device is disabled\"}", post("127.0.0.1", "/auth/register/device",
                form("tDynamic", "meter-off", "7", SignMethod.HMACSHA1)));
        check(400, "{\"code\":460,\"message\":\"request parameter error\"}", post("127.0.0.1",
                "/auth/register/device", good.replaceAll("&random=[^&]*", "")));
        check(400, "{\"code\":460,\"message\":\"request parameter error\"}", post("127.0.0.1",
                "/auth/register/device", good.replace("signMethod=hmacsha1", "signMethod=sha3")));
        check(404, "{\"code\":404,\"message\":\"not found; the registration endpoint is POST /auth/register/device\"}",
                post("127.0.0.1", "/auth/register", good));
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                + platform.httpsPort() + "/auth/register/device")).build(), HttpResponse.BodyHandlers.ofString());
        check(405, "{\"code\":405,\"message\":\"method not allowed; use POST\"}", get);
        assertTrue(platform.registry().device("tDynamic", "meter-c").orElseThrow().activated() == false);
        assertTrue(events.stream().anyMatch(e -> e instanceof PlatformEvent.Rejected j
                && j.transport() == Endpoint.HTTPS && j.code() == 401));
    }

    static void check(int status, String body, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(body, r.body());
    }
}
