package io.atflow.sim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.atflow.sim.PlatformModuleTestBase;
import io.atflow.sim.RefusedPort;

/** HTTPS registration through the module, and the HTTP(S) error codes. */
class HttpCommandsTest extends PlatformModuleTestBase {
    static final String URL = "https://iot-auth.cn-shanghai.aliyuncs.com/auth/register/device";

    void url(String url) {
        line.send("AT+QHTTPURL=" + url.length() + ",10").expect("CONNECT");
        line.write(url).expect("OK");
    }

    @Test
    void aWrongSignGetsThePlatformsRefusalAsAnHttpStatus() {
        url(URL);
        String body = "productKey=i2uqzmkZsLG&deviceName=device001&random=003&sign=00&signMethod=hmacsha1";
        line.send("AT+QHTTPPOST=" + body.length() + ",10,10").expect("CONNECT");
        line.write(body).expect("OK");
        String urc = line.next();
        assertTrue(urc.matches("\\+QHTTPPOST: 0,4\\d\\d,\\d+"), urc);
        line.send("AT+QHTTPREAD=10").expect("CONNECT");
        assertTrue(line.next().startsWith("{\"code\":"));
        line.expect("OK", "+QHTTPREAD: 0");
    }

    @Test
    void urlInputTimesOut() {
        line.send("AT+QHTTPURL=20,1").expect("CONNECT");
        line.write("https://");
        line.expect("+CME ERROR: 726");
        assertEquals(List.of("OK"), line.exchange("AT"));
    }

    @Test
    void unresolvableAndUnreachableServers() throws Exception {
        url("https://no-such-host.invalid/x");
        assertEquals(List.of("+CME ERROR: 714"), line.exchange("AT+QHTTPPOST=5,10,10"));
        try (RefusedPort refused = new RefusedPort()) {
            url("http://127.0.0.1:" + refused.port() + "/x");
            assertEquals(List.of("+CME ERROR: 716"), line.exchange("AT+QHTTPPOST=5,10,10"));
        }
        url("ftp://example.com/");
        assertEquals(List.of("+CME ERROR: 711"), line.exchange("AT+QHTTPPOST=5,10,10"));
        assertEquals(List.of("+CME ERROR: 730"), line.exchange("AT+QHTTPPOST=5,10"));
    }

    @Test
    void bodyInputTimesOut() {
        url(URL);
        line.send("AT+QHTTPPOST=10,1,10").expect("CONNECT");
        line.write("abc").expect("+CME ERROR: 726");
    }
}
