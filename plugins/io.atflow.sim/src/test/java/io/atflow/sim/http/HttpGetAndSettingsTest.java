package io.atflow.sim.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.atflow.sim.ModuleTestBase;
import io.atflow.sim.RefusedPort;

/**
 * AT+QHTTPCFG and AT+QHTTPGET against an HTTP server on 127.0.0.1, as the EC2x&EG9x&EM05 HTTP(S) AT Commands Manual
 * describes them: the settings' defaults (context 1, requestheader 0, responseheader 0, contenttype 0, sslctxid 1),
 * {@code OK} then {@code +QHTTPGET: 0,<httprspcode>,<content_length>}, AT+QHTTPREAD with the response header when
 * "responseheader" is 1, and with "requestheader" 1 {@code AT+QHTTPGET=<rsptime>,<data_length>}, CONNECT and the
 * host's own request.
 */
class HttpGetAndSettingsTest extends ModuleTestBase {
    TinyHttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new TinyHttpServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    void url(String url) {
        line.send("AT+QHTTPURL=" + url.length() + ",10").expect("CONNECT");
        line.write(url).expect("OK");
    }

    @Test
    void settingsHaveTheManualsDefaults() {
        assertEquals(List.of("+QHTTPCFG: \"contextid\",1", "OK"), line.exchange("AT+QHTTPCFG=\"contextid\""));
        assertEquals(List.of("+QHTTPCFG: \"requestheader\",0", "OK"), line.exchange("AT+QHTTPCFG=\"requestheader\""));
        assertEquals(List.of("+QHTTPCFG: \"responseheader\",0", "OK"), line.exchange("AT+QHTTPCFG=\"responseheader\""));
        assertEquals(List.of("+QHTTPCFG: \"contenttype\",0", "OK"), line.exchange("AT+QHTTPCFG=\"contenttype\""));
        assertEquals(List.of("+QHTTPCFG: \"sslctxid\",1", "OK"), line.exchange("AT+QHTTPCFG=\"sslctxid\""));
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPCFG=\"sslctxid\",3"));
        assertEquals(List.of("+QHTTPCFG: \"sslctxid\",3", "OK"), line.exchange("AT+QHTTPCFG=\"sslctxid\""));
        assertEquals(List.of("+CME ERROR: 730"), line.exchange("AT+QHTTPCFG=\"requestheader\",2"));
        assertEquals(List.of("+CME ERROR: 730"), line.exchange("AT+QHTTPCFG=\"nosuch\",1"));
    }

    @Test
    void getAndReadTheBody() throws Exception {
        url("http://127.0.0.1:" + server.port() + "/status?x=1");
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPGET=10"));
        line.expect("+QHTTPGET: 0,200," + TinyHttpServer.BODY.length());
        assertTrue(server.nextRequest().startsWith("GET /status?x=1 HTTP/1.1\r\n"));
        line.send("AT+QHTTPREAD=10").expect("CONNECT", TinyHttpServer.BODY, "OK", "+QHTTPREAD: 0");
    }

    @Test
    void readWithTheResponseHeader() {
        url("http://127.0.0.1:" + server.port() + "/");
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPCFG=\"responseheader\",1"));
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPGET"));
        line.expect("+QHTTPGET: 0,200," + TinyHttpServer.BODY.length());
        line.send("AT+QHTTPREAD").expect("CONNECT", "HTTP/1.1 200 OK", "Content-Type: application/json",
                "Content-Length: " + TinyHttpServer.BODY.length(), TinyHttpServer.BODY, "OK", "+QHTTPREAD: 0");
    }

    @Test
    void theHostWritesTheRequestHeader() throws Exception {
        url("http://127.0.0.1:" + server.port() + "/");
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPCFG=\"requestheader\",1"));
        assertEquals(List.of("+CME ERROR: 730"), line.exchange("AT+QHTTPGET=10"));
        String request = "GET /own HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: 1\r\n\r\n";
        line.send("AT+QHTTPGET=10," + request.length() + ",5").expect("CONNECT");
        line.write(request).expect("OK", "+QHTTPGET: 0,200," + TinyHttpServer.BODY.length());
        assertEquals(request, server.nextRequest());
    }

    @Test
    void postWithAnotherContentType() throws Exception {
        url("http://127.0.0.1:" + server.port() + "/post");
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPCFG=\"contenttype\",1"));
        line.send("AT+QHTTPPOST=5,10,10").expect("CONNECT");
        line.write("hello").expect("OK", "+QHTTPPOST: 0,200," + TinyHttpServer.BODY.length());
        String request = server.nextRequest();
        assertTrue(request.contains("\r\nContent-Type: text/plain\r\n"), request);
        assertTrue(request.endsWith("\r\n\r\nhello"), request);
    }

    @Test
    void getFailuresComeInTheUrc() throws Exception {
        url("http://no-such-host.invalid/");
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPGET=10"));
        line.expect("+QHTTPGET: 714");
        try (RefusedPort refused = new RefusedPort()) {
            url("http://127.0.0.1:" + refused.port() + "/");
            assertEquals(List.of("OK"), line.exchange("AT+QHTTPGET=10"));
            line.expect("+QHTTPGET: 716");
        }
        assertEquals(List.of("OK"), line.exchange("AT+QHTTPCFG=\"contextid\",2"));
        assertEquals(List.of("+CME ERROR: 709"), line.exchange("AT+QHTTPGET=10"));
    }
}
